import { createMedewerker } from '../auth/medewerkers.service.ts';
import { createKlantcontact } from '../contacts/contacts.service.ts';
import { createVerzoek } from '../contacts/verzoeken.service.ts';
import { startGesprek } from '../conversations/conversations.service.ts';
import type { Db } from '../db/transaction.ts';
import { inTransaction } from '../db/transaction.ts';
import { createPartij } from '../parties/parties.service.ts';
import { createInterneTaak } from '../tasks/tasks.service.ts';
import { systemContext } from './system-context.ts';

const DAY = 86_400_000;
const daysAgo = (days: number, hour: number, minute = 0) => {
  const date = new Date(Date.now() - days * DAY);
  date.setUTCHours(hour, minute, 0, 0);
  return date.toISOString();
};

/**
 * The demo municipality of Beekveld: a KCC team, a back-office team and two inwoners with a
 * history across channels. Mevrouw Jansen asked by phone for a leaf basket in the
 * Kastanjelaan and a week later asked in the web chat how it stands: one verzoek, one story.
 */
export async function seedDemo(db: Db, demoPassword: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    const anna = await createMedewerker(trx, {
      gebruikersnaam: 'anna',
      naam: 'Anna de Boer',
      email: 'anna.deboer@beekveld.example',
      wachtwoord: demoPassword,
      rollen: ['kcc'],
      teams: ['KCC'],
    });
    const afval = await createMedewerker(trx, {
      gebruikersnaam: 'karim',
      naam: 'Karim El Amrani',
      email: 'karim.elamrani@beekveld.example',
      rollen: ['backoffice'],
      teams: ['Afval en Reiniging'],
    });
    const ctx = systemContext('Inrichten van de demogemeente Beekveld', anna.actorId);

    const jansen = await createPartij(trx, ctx, {
      soortPartij: 'persoon',
      voorletters: 'M.',
      voornaam: 'Marieke',
      achternaam: 'Jansen',
      geboortedatum: '1968-04-17',
      bezoekadres: { straatnaam: 'Kastanjelaan', huisnummer: 14, postcode: '4211 KL', stad: 'Beekveld', land: 'NL' },
      identificatoren: [{ codeObjecttype: 'natuurlijk_persoon', codeSoortObjectId: 'bsn', objectId: '111222333', codeRegister: 'brp' }],
      digitaleAdressen: [
        { soortDigitaalAdres: 'telefoonnummer', adres: '06-12345678', isStandaardAdres: true },
        { soortDigitaalAdres: 'email', adres: 'm.jansen@voorbeeld.example' },
      ],
      geverifieerd: true,
    });
    const verzoek = await createVerzoek(trx, ctx, {
      partijId: jansen.id,
      onderwerp: 'Bladkorf Kastanjelaan',
      omschrijving: 'Aanvraag voor een bladkorf bij Kastanjelaan 14, vanwege de vele kastanjebomen.',
    }, { aangemaaktOp: daysAgo(8, 9, 6) });
    const telefoon = await createKlantcontact(trx, ctx, {
      kanaal: 'telefoon',
      onderwerp: 'Bladkorf aanvragen',
      inhoud: 'Mevrouw Jansen vraagt een bladkorf aan voor de Kastanjelaan; de bomen laten veel blad vallen op de stoep.',
      plaatsgevondenOp: daysAgo(8, 9),
      indicatieContactGelukt: true,
      verzoekId: verzoek.id,
      betrokkenen: [{ partijId: jansen.id, rol: 'klant', initiator: true }],
      onderwerpobjecten: [{ codeObjecttype: 'product', codeRegister: 'upl', codeSoortObjectId: 'uri', objectId: 'http://standaarden.overheid.nl/owms/terms/Afval' }],
    });
    await createInterneTaak(trx, ctx, {
      klantcontactId: telefoon.id,
      gevraagdeHandeling: 'Beoordeel plaatsing bladkorf Kastanjelaan 14',
      toelichting: 'Graag binnen een week terugbellen op 06-12345678.',
      actorIds: [afval.actorId],
      uiterlijkOp: daysAgo(1, 16),
    }, { toegewezenOp: daysAgo(8, 9, 8) });
    const chat = await createKlantcontact(trx, ctx, {
      kanaal: 'webchat',
      onderwerp: 'Status bladkorf',
      inhoud: 'Mevrouw Jansen vraagt in de chat wanneer de bladkorf komt.',
      plaatsgevondenOp: daysAgo(1, 19),
      indicatieContactGelukt: true,
      verzoekId: verzoek.id,
      betrokkenen: [{ partijId: jansen.id, rol: 'klant', initiator: true }],
    });
    await startGesprek(trx, ctx, { kanaal: 'webchat', partijId: jansen.id, verzoekId: verzoek.id, klantcontactId: chat.id, onderwerp: 'Status bladkorf', gestartOp: daysAgo(1, 19) }, [
      { richting: 'inkomend', inhoud: 'Hallo, vorige week heb ik een bladkorf aangevraagd voor de Kastanjelaan. Weet u al wanneer die komt?', verzondenOp: daysAgo(1, 19) },
      { richting: 'uitgaand', inhoud: 'Goedenavond mevrouw Jansen. Uw aanvraag ligt bij het team Afval en Reiniging; zij bellen u uiterlijk morgen.', afzenderActorId: anna.actorId, verzondenOp: daysAgo(1, 19) },
    ]);

    const bakkerij = await createPartij(trx, ctx, {
      soortPartij: 'organisatie',
      organisatieNaam: 'Bakkerij Het Zoete Hoekje',
      bezoekadres: { straatnaam: 'Marktstraat', huisnummer: 3, postcode: '4211 AB', stad: 'Beekveld', land: 'NL' },
      identificatoren: [{ codeObjecttype: 'niet_natuurlijk_persoon', codeSoortObjectId: 'kvk_nummer', objectId: '12345678', codeRegister: 'hr' }],
      digitaleAdressen: [{ soortDigitaalAdres: 'email', adres: 'info@zoetehoekje.example' }],
      geverifieerd: true,
    });
    await createKlantcontact(trx, ctx, {
      kanaal: 'email',
      onderwerp: 'Terrasvergunning zomerseizoen',
      inhoud: 'Wij willen deze zomer twee tafels op de stoep zetten. Hebben wij daar een terrasvergunning voor nodig?',
      plaatsgevondenOp: daysAgo(3, 10),
      betrokkenen: [{ partijId: bakkerij.id, rol: 'klant', initiator: true }],
    });
  });
}
