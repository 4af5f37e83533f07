import type { ResourcePath } from '../../contract/klantinteracties-urls.ts';

/** Valid request bodies per resource, for the contract and round-trip tests. */
let counter = 0;

/** A fresh 9-digit BSN that passes the elfproef. */
export function nextBsn(): string {
  for (;;) {
    counter += 1;
    const digits = String(100_000_000 + ((counter * 7_919 + Date.now()) % 800_000_000))
      .slice(0, 8)
      .split('')
      .map(Number);
    const sum = digits.reduce((acc, d, i) => acc + d * (9 - i), 0);
    const last = sum % 11;
    if (last <= 9) return [...digits, last].join('');
  }
}

export type Seed = Partial<Record<ResourcePath | 'partij2', string>>;

const ref = (uuid: string | undefined) => ({ uuid: uuid as string });

export function persoonBody() {
  return {
    soortPartij: 'persoon',
    indicatieActief: true,
    indicatieGeheimhouding: false,
    voorkeurstaal: 'nld',
    interneNotitie: '',
    partijIdentificatoren: [
      { partijIdentificator: { codeObjecttype: 'natuurlijk_persoon', codeSoortObjectId: 'bsn', objectId: nextBsn(), codeRegister: 'brp' } },
    ],
    bezoekadres: { straatnaam: 'Lindelaan', huisnummer: 12, postcode: '3541 AB', stad: 'Lindendaal', land: 'NL' },
    partijIdentificatie: { contactnaam: { voorletters: 'M', voornaam: 'Marieke', voorvoegselAchternaam: '', achternaam: 'Jansen' } },
  };
}

export const createBodies: Record<ResourcePath, (s: Seed) => object> = {
  partijen: () => persoonBody(),
  'partij-identificatoren': (s) => ({
    identificeerdePartij: ref(s.partijen),
    anderePartijIdentificator: '',
    partijIdentificator: { codeObjecttype: 'natuurlijk_persoon', codeSoortObjectId: 'bsn', objectId: nextBsn(), codeRegister: 'brp' },
  }),
  digitaleadressen: (s) => ({
    verstrektDoorPartij: ref(s.partijen),
    adres: 'M.Jansen@Example.nl',
    soortDigitaalAdres: 'email',
    isStandaardAdres: true,
    omschrijving: 'privé',
    verificatieDatum: null,
  }),
  rekeningnummers: (s) => ({ partij: ref(s.partijen), iban: 'NL91ABNA0417164300', bic: 'ABNANL2A' }),
  vertegenwoordigingen: (s) => ({ vertegenwoordigendePartij: ref(s.partij2), vertegenwoordigdePartij: ref(s.partijen) }),
  klantcontacten: () => ({
    kanaal: 'telefoon',
    onderwerp: 'Bladkorf aanvragen',
    inhoud: 'Mevrouw vraagt een bladkorf voor de Lindelaan.',
    taal: 'nld',
    vertrouwelijk: false,
    indicatieContactGelukt: true,
    plaatsgevondenOp: '2026-11-20T10:15:00.000Z',
  }),
  betrokkenen: (s) => ({
    wasPartij: ref(s.partijen),
    hadKlantcontact: ref(s.klantcontacten),
    rol: 'klant',
    initiator: true,
    organisatienaam: '',
    contactnaam: { voornaam: 'Marieke', achternaam: 'Jansen' },
  }),
  onderwerpobjecten: (s) => ({
    klantcontact: ref(s.klantcontacten),
    wasKlantcontact: null,
    onderwerpobjectidentificator: {
      objectId: 'ZAAK-2026-1',
      codeObjecttype: 'zaak',
      codeRegister: 'openzaak',
      codeSoortObjectId: 'identificatie',
    },
  }),
  bijlagen: (s) => ({
    wasBijlageVanKlantcontact: ref(s.klantcontacten),
    bijlageidentificator: { objectId: 'doc-1', codeObjecttype: 'document', codeRegister: 'drc', codeSoortObjectId: 'uuid' },
  }),
  actoren: () => ({
    naam: 'Team Groen',
    soortActor: 'organisatorische_eenheid',
    indicatieActief: true,
    actoridentificator: { objectId: 'groen', codeObjecttype: 'afdeling', codeRegister: 'gemeente', codeSoortObjectId: 'code' },
    actorIdentificatie: { omschrijving: 'Groenbeheer', emailadres: 'groen@lindendaal.nl' },
  }),
  actorklantcontacten: (s) => ({ actor: ref(s.actoren), klantcontact: ref(s.klantcontacten) }),
  internetaken: (s) => ({
    gevraagdeHandeling: 'Bel mevrouw terug',
    aanleidinggevendKlantcontact: ref(s.klantcontacten),
    toegewezenAanActoren: [ref(s.actoren)],
    toelichting: '',
    status: 'te_verwerken',
  }),
  categorieen: () => ({ naam: `Ondernemer ${++counter}` }),
  'categorie-relaties': (s) => ({ partij: ref(s.partijen), categorie: ref(s.categorieen), beginDatum: '2026-01-01', eindDatum: null }),
};

export const patchBodies: Record<ResourcePath, (s: Seed) => object> = {
  // The spec's PatchedPartij is the polymorphic Partij, which requires soortPartij and indicatieActief.
  partijen: () => ({ soortPartij: 'persoon', indicatieActief: true, interneNotitie: 'Belt liever na 17 uur' }),
  'partij-identificatoren': () => ({ anderePartijIdentificator: 'oud-nummer-7' }),
  digitaleadressen: () => ({ omschrijving: 'werk' }),
  rekeningnummers: () => ({ bic: 'RABONL2U' }),
  vertegenwoordigingen: (s) => ({ vertegenwoordigdePartij: ref(s.partijen) }),
  klantcontacten: () => ({ reactie: 'Bladkorf besteld' }),
  betrokkenen: () => ({ initiator: false }),
  onderwerpobjecten: () => ({ wasKlantcontact: null }),
  bijlagen: () => ({
    bijlageidentificator: { objectId: 'doc-2', codeObjecttype: 'document', codeRegister: 'drc', codeSoortObjectId: 'uuid' },
  }),
  actoren: () => ({ soortActor: 'organisatorische_eenheid', naam: 'Team Groen en Reiniging' }),
  actorklantcontacten: (s) => ({ klantcontact: ref(s.klantcontacten) }),
  internetaken: () => ({ status: 'verwerkt' }),
  categorieen: () => ({ naam: `Bewindvoerder ${++counter}` }),
  'categorie-relaties': () => ({ eindDatum: '2026-12-31' }),
};

/** Order in which the seed is made: each resource needs the ones before it. */
export const SEED_ORDER: ResourcePath[] = [
  'partijen',
  'partij-identificatoren',
  'digitaleadressen',
  'rekeningnummers',
  'vertegenwoordigingen',
  'klantcontacten',
  'betrokkenen',
  'onderwerpobjecten',
  'bijlagen',
  'actoren',
  'actorklantcontacten',
  'internetaken',
  'categorieen',
  'categorie-relaties',
];
