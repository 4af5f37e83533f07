import { createHash } from 'node:crypto';
import { findInboundOutcome, type InboundPipeline } from '../../conversations/inbound.service.ts';
import type { Db } from '../../db/transaction.ts';
import { inTransaction } from '../../db/transaction.ts';
import { ValidationFailed, type FieldProblem } from '../../platform/errors.ts';
import { publishEvent } from '../../platform/realtime/event-bus.ts';
import { systemContext } from '../../platform/system-context.ts';
import { createInterneTaak } from '../../tasks/tasks.service.ts';
import { TIJDZONE, tijdvakken, type Tijdvak, type Weekrooster } from './openingstijden.ts';
import * as q from './telefoon.queries.ts';
import { telefoonnummerE164 } from './telefoonnummer.ts';
import { ensureTeam } from '../../auth/teams.ts';

/**
 * Call-me-back requests from the website: the citizen picks one of the offered slots; Loket
 * records a klantcontact for the partij with that phone number (through the ingest pipeline) and
 * hands the phone team an interne taak due at the end of the slot.
 */
export interface TerugbelVerzoek {
  naam: string;
  telefoonnummer: string;
  tijdvak: string;
  vraag: string;
}

export interface TerugbelConfig {
  team: string;
  openingstijden: Weekrooster;
}

const HANDELING = 'Terugbellen';
const ctx = () => systemContext('Terugbelverzoek van de website');

function lokaal(iso: string, options: Intl.DateTimeFormatOptions) {
  return new Intl.DateTimeFormat('nl-NL', { timeZone: TIJDZONE, ...options }).format(new Date(iso));
}

export function omschrijfTijdvak(tijdvak: Tijdvak): string {
  return `${lokaal(tijdvak.begin, { weekday: 'long', day: 'numeric', month: 'long' })} tussen ${lokaal(tijdvak.begin, { hour: '2-digit', minute: '2-digit' })} en ${lokaal(tijdvak.eind, { hour: '2-digit', minute: '2-digit' })}`;
}

/** `now` comes from the app's clock: which slots exist depends on the day and the hour. */
export function aangebodenTijdvakken(config: TerugbelConfig, now: Date) {
  return tijdvakken(config.openingstijden, now);
}

function check(config: TerugbelConfig, verzoek: TerugbelVerzoek, now: Date) {
  const problems: FieldProblem[] = [];
  const nummer = telefoonnummerE164(verzoek.telefoonnummer);
  if (!nummer)
    problems.push({ field: 'body.telefoonnummer', message: 'Vul een geldig telefoonnummer in, zoals 06 12345678 of +31 30 1234567.' });
  const tijdvak = aangebodenTijdvakken(config, now).find((t) => Date.parse(t.begin) === Date.parse(verzoek.tijdvak));
  if (!tijdvak)
    problems.push({ field: 'body.tijdvak', message: 'Kies een van de aangeboden tijdvakken (GET /api/terugbelverzoeken/tijdvakken).' });
  if (problems.length > 0) throw ValidationFailed(problems);
  return { nummer: nummer!, tijdvak: tijdvak! };
}

export async function requestCallback(
  db: Db,
  pipeline: InboundPipeline,
  config: TerugbelConfig,
  verzoek: TerugbelVerzoek,
  idempotencyKey: string | undefined,
  now: Date,
) {
  const { nummer, tijdvak } = check(config, verzoek, now);
  const naam = verzoek.naam.trim();
  const vraag = verzoek.vraag.trim();
  const key =
    idempotencyKey ??
    `sha256:${createHash('sha256')
      .update(JSON.stringify([naam, nummer, tijdvak.begin, vraag]))
      .digest('hex')}`;
  const received = await pipeline.receive({
    kanaal: 'formulier',
    // A '/' cannot occur in a form id, so these never collide with form submissions.
    kanaalBerichtId: `terugbelverzoek/${key}`,
    afzender: { soort: 'telefoonnummer', adres: nummer, naam },
    draad: {},
    onderwerp: 'Terugbelverzoek',
    tekst: vraag,
    metadata: { terugbelverzoek: { telefoonnummer: nummer, tijdvak } },
  });
  const outcome = await findInboundOutcome(db, received.id);
  if (!outcome?.klantcontact_id) return { nieuw: !received.duplicate, status: 'ontvangen' as const, kenmerk: null, tijdvak };
  // Also on a repeated request: a task missed because processing was retried later is made now.
  await inTransaction(db, async (trx) => {
    await q.lockKlantcontact(trx, outcome.klantcontact_id!);
    if (await q.hasTaak(trx, outcome.klantcontact_id!, HANDELING)) return;
    const team = await ensureTeam(trx, config.team);
    const toelichting = `Bel ${naam} terug op ${nummer}, ${omschrijfTijdvak(tijdvak)}. Vraag: ${vraag}`;
    const taak = await createInterneTaak(trx, ctx(), {
      klantcontactId: outcome.klantcontact_id!,
      gevraagdeHandeling: HANDELING,
      toelichting: toelichting.length > 1000 ? `${toelichting.slice(0, 999)}…` : toelichting,
      actorIds: [team.actor_id],
      uiterlijkOp: tijdvak.eind,
    });
    await publishEvent(trx, {
      type: 'terugbelverzoek.nieuw',
      audience: { teamIds: [team.id] },
      data: { interneTaakId: taak.id, nummer: taak.nummer, klantcontactId: outcome.klantcontact_id, partijId: outcome.partij_id, tijdvak },
    });
  });
  return { nieuw: !received.duplicate, status: 'verwerkt' as const, kenmerk: outcome.klantcontact_nummer, tijdvak };
}
