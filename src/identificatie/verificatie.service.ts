import type { Adres } from '../db/schema.ts';
import type { Db } from '../db/transaction.ts';
import { inTransaction } from '../db/transaction.ts';
import { GesprekNotFound } from '../conversations/conversations.errors.ts';
import { markGesprekGeverifieerd } from '../conversations/gesprek-partij.service.ts';
import { partijHiddenFrom } from '../parties/verificatie-poort.ts';
import { getTijdlijn, type TijdlijnOptions } from '../contacts/tijdlijn.service.ts';
import { getPartij } from '../parties/parties.service.ts';
import { defineError } from '../platform/errors.ts';
import type { RequestContext } from '../platform/principal.ts';
import { logVerwerking } from '../platform/verwerkingslog.ts';

export const VerificationFailed = defineError(
  'LOKET_VERIFICATIE_MISLUKT',
  422,
  'De gegevens komen niet overeen met wat over deze persoon bekend is.',
  'The details do not match what is known about this person.',
);
export const NotVerified = defineError(
  'LOKET_NIET_GEVERIFIEERD',
  403,
  'Verifieer eerst de identiteit van de inwoner in dit gesprek.',
  'Verify the citizen’s identity in this gesprek first.',
);
export const VerifierNotMedewerker = defineError(
  'LOKET_VERIFICATIE_DOOR_MEDEWERKER',
  403,
  'Alleen een medewerker kan de identiteit van een inwoner verifiëren, geen koppeling (API-token).',
  'Only a medewerker can verify a citizen’s identity, not an integration (API token).',
);
export const NoPartij = defineError(
  'LOKET_GESPREK_ZONDER_PARTIJ',
  409,
  'Bij dit gesprek hoort (nog) geen partij. Zoek of registreer eerst de inwoner.',
  'This gesprek has no partij yet. Find or register the citizen first.',
);

const METHOD = 'naam+geboortedatum+postcode';

const normalise = (value: string) =>
  value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const compactPostcode = (value: string) => value.replace(/\s+/g, '').toUpperCase();

async function loadGesprek(db: Db, id: string) {
  const gesprek = await db.selectFrom('gesprek').select(['id', 'partij_id', 'geverifieerd_op']).where('id', '=', id).executeTakeFirst();
  if (!gesprek) throw GesprekNotFound();
  return gesprek;
}

/**
 * The identification gate of the werkinstructie: before personal details or case information
 * are disclosed, the agent checks name, date of birth and postcode against the stored partij.
 * Verifying is one recorded action, in the processing log like any other; a failed check says
 * nothing about which detail was wrong.
 */
export async function verifyInGesprek(
  db: Db,
  ctx: RequestContext,
  gesprekId: string,
  given: { naam: string; geboortedatum: string; postcode: string },
) {
  // The verification is the agent's own statement that they checked the caller (geverifieerd_door).
  if (ctx.principal.kind !== 'medewerker') throw VerifierNotMedewerker();
  return inTransaction(db, async (trx) => {
    const gesprek = await loadGesprek(trx, gesprekId);
    if (!gesprek.partij_id) throw NoPartij();
    const partij = await trx
      .selectFrom('partij')
      .select(['id', 'achternaam', 'voorvoegsel_achternaam', 'geboortedatum', 'bezoekadres', 'correspondentieadres'])
      .where('id', '=', gesprek.partij_id)
      .executeTakeFirstOrThrow();
    const surname = normalise([partij.voorvoegsel_achternaam, partij.achternaam].filter(Boolean).join(' '));
    const postcodes = [partij.bezoekadres, partij.correspondentieadres]
      .map((a) => (a as Adres | null)?.postcode)
      .filter((p): p is string => !!p)
      .map(compactPostcode);
    const matches =
      surname.length > 0 &&
      ` ${normalise(given.naam)} `.includes(` ${surname} `) &&
      partij.geboortedatum === given.geboortedatum &&
      postcodes.includes(compactPostcode(given.postcode));
    await logVerwerking(trx, ctx, {
      actieNaam: matches ? 'Identiteit verifiëren' : 'Identiteit verifiëren (mislukt)',
      handelingNaam: 'Verifiëren',
      objecten: [
        { objecttype: 'gesprek', objectId: gesprekId, betrokkenheid: 'gesprek' },
        { objecttype: 'partij', objectId: partij.id, betrokkenheid: 'klant', soortenGegevens: ['naam', 'geboortedatum', 'adres'] },
      ],
    });
    if (!matches) return false;
    await markGesprekGeverifieerd(trx, gesprekId, { door: ctx.principal.id, methode: METHOD });
    return true;
  });
}

/** The gesprek's partij and whether its caller is verified; reads no personal data, so logs nothing. */
export async function gesprekVerificatie(db: Db, gesprekId: string): Promise<{ partijId: string | null; geverifieerd: boolean }> {
  const gesprek = await loadGesprek(db, gesprekId);
  return { partijId: gesprek.partij_id, geverifieerd: gesprek.geverifieerd_op !== null };
}

/**
 * Verification by another method than the three questions, e.g. the caller's BSN confirmed in
 * the BRP: the caller of the gesprek is then verified as its (already linked) partij.
 */
export async function markVerified(db: Db, ctx: RequestContext, gesprekId: string, methode: string, soortenGegevens = ['identificatoren']) {
  if (ctx.principal.kind !== 'medewerker') throw VerifierNotMedewerker();
  return inTransaction(db, async (trx) => {
    const gesprek = await loadGesprek(trx, gesprekId);
    if (!gesprek.partij_id) throw NoPartij();
    await logVerwerking(trx, ctx, {
      actieNaam: `Identiteit verifiëren (${methode})`,
      handelingNaam: 'Verifiëren',
      objecten: [
        { objecttype: 'gesprek', objectId: gesprekId, betrokkenheid: 'gesprek' },
        { objecttype: 'partij', objectId: gesprek.partij_id, betrokkenheid: 'klant', soortenGegevens },
      ],
    });
    await markGesprekGeverifieerd(trx, gesprekId, { door: ctx.principal.id, methode });
  });
}

/** The partij as this gesprek may see it: initials only until verified, everything after (and logged). */
export async function partijInGesprek(db: Db, ctx: RequestContext, gesprekId: string) {
  const gesprek = await loadGesprek(db, gesprekId);
  if (!gesprek.partij_id) throw NoPartij();
  if (gesprek.geverifieerd_op) return { gemaskeerd: false, ...(await getPartij(db, ctx, gesprek.partij_id)) };
  const partij = await db
    .selectFrom('partij')
    .select(['id', 'soort_partij', 'voornaam', 'voorletters', 'achternaam', 'organisatie_naam'])
    .where('id', '=', gesprek.partij_id)
    .executeTakeFirstOrThrow();
  const initial = (value: string | null) => (value ? `${value.trim().charAt(0).toUpperCase()}.` : '');
  return {
    gemaskeerd: true,
    // The id would lead a kcc agent to the full record (GET /api/partijen/:id) around the gate.
    id: partijHiddenFrom(ctx, gesprek) ? null : partij.id,
    soortPartij: partij.soort_partij,
    volledigeNaam:
      partij.soort_partij === 'organisatie'
        ? partij.organisatie_naam
        : [initial(partij.voorletters ?? partij.voornaam), initial(partij.achternaam)].filter(Boolean).join(' '),
    geboortedatum: null,
    bezoekadres: null,
    correspondentieadres: null,
    identificatoren: [],
    digitaleAdressen: [],
  };
}

/** Case history is information about the citizen: only after verification in this gesprek. */
export async function tijdlijnInGesprek(db: Db, ctx: RequestContext, gesprekId: string, options: TijdlijnOptions) {
  const gesprek = await loadGesprek(db, gesprekId);
  if (!gesprek.partij_id) throw NoPartij();
  if (!gesprek.geverifieerd_op) throw NotVerified();
  return getTijdlijn(db, ctx, gesprek.partij_id, options);
}
