import type { SoortActor } from '../db/schema.ts';
import { inOrder, type KiContext } from './ki-context.ts';

/** Fields the spec requires in actorIdentificatie, per soort actor. */
const REQUIRED: Record<SoortActor, string[]> = {
  medewerker: ['functie', 'telefoonnummer'],
  geautomatiseerde_actor: ['functie'],
  organisatorische_eenheid: [],
};
const ALLOWED: Record<SoortActor, string[]> = {
  medewerker: ['functie', 'emailadres', 'telefoonnummer'],
  geautomatiseerde_actor: ['functie', 'omschrijving'],
  organisatorische_eenheid: ['omschrijving', 'emailadres', 'faxnummer', 'telefoonnummer'],
};

export function actorIdentificatieOut(soort: SoortActor, stored: Record<string, string> | null) {
  const known = Object.fromEntries(
    Object.entries(stored ?? {}).filter(([key, value]) => ALLOWED[soort].includes(key) && typeof value === 'string' && value !== ''),
  );
  // Loket's own actors may lack what the spec requires (a medewerker without phone number):
  // then the block is left out rather than shown invalid.
  return REQUIRED[soort].every((field) => field in known) ? { actorIdentificatie: known } : {};
}

export function actorIdentificatieFields(soort: SoortActor): string[] {
  return ALLOWED[soort];
}

/** Actoren: medewerkers, teams (organisatorische eenheden) and automated actors such as API koppelingen. */
export async function loadActoren(k: KiContext, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await k.trx.selectFrom('actor').selectAll().where('id', 'in', ids).execute();
  return inOrder(ids, rows).map((a) => {
    const ident = a.actoridentificator;
    return {
      uuid: a.id,
      url: k.urls.of('actoren', a.id),
      naam: a.naam,
      soortActor: a.soort_actor,
      indicatieActief: a.indicatie_actief,
      actoridentificator: ident
        ? {
            objectId: ident.objectId ?? '',
            codeObjecttype: ident.codeObjecttype ?? '',
            codeRegister: ident.codeRegister ?? '',
            codeSoortObjectId: ident.codeSoortObjectId ?? '',
          }
        : null,
      ...actorIdentificatieOut(a.soort_actor, a.actor_identificatie),
    };
  });
}
