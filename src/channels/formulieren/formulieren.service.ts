import { createHash } from 'node:crypto';
import type { Selectable } from 'kysely';
import { countInboundPerBron, findInboundOutcome, type InboundPipeline } from '../../conversations/inbound.service.ts';
import type { FormulierTable } from '../../db/schema.ts';
import type { Db } from '../../db/transaction.ts';
import { compileDefinitie, valideerAntwoorden, type GecompileerdFormulier } from './formulier-definitie.ts';
import { controleerTelefoonnummers, leesInzending, normaliseerAntwoorden } from './formulier-antwoorden.ts';
import { FormulierExists, FormulierNotFound, InzendingOngeldig } from './formulieren.errors.ts';
import * as q from './formulieren.queries.ts';

/**
 * Web forms: a beheerder maintains them; citizens submit them (HTML or JSON). Every submission
 * goes through the ingest pipeline as kanaal 'formulier', so it is stored first, matched to the
 * sender's partij by e-mail address or phone number, and becomes a klantcontact.
 */
export type Formulier = Selectable<FormulierTable>;

export interface FormulierInput {
  titel: string;
  omschrijving?: string | undefined;
  bevestiging?: string | undefined;
  definitie: Record<string, unknown>;
  actief?: boolean | undefined;
}

const STANDAARD_BEVESTIGING = 'Bedankt. We hebben uw formulier ontvangen.';

export function toFormulierResponse(form: Formulier) {
  return {
    id: form.id,
    titel: form.titel,
    omschrijving: form.omschrijving,
    bevestiging: form.bevestiging,
    definitie: form.definitie,
    actief: form.actief,
    gewijzigdOp: new Date(form.gewijzigd_op).toISOString(),
  };
}

function values(input: FormulierInput): q.FormulierValues {
  compileDefinitie(input.definitie);
  return {
    titel: input.titel,
    omschrijving: input.omschrijving ?? null,
    bevestiging: input.bevestiging ?? null,
    definitie: input.definitie,
    actief: input.actief ?? true,
  };
}

export async function createFormulier(db: Db, id: string, input: FormulierInput) {
  if (!(await q.insertFormulier(db, id, values(input)))) throw FormulierExists();
  return toFormulierResponse((await q.findFormulier(db, id))!);
}

export async function updateFormulier(db: Db, id: string, input: FormulierInput) {
  if (!(await q.updateFormulier(db, id, values(input)))) throw FormulierNotFound();
  return toFormulierResponse((await q.findFormulier(db, id))!);
}

export async function deleteFormulier(db: Db, id: string) {
  if (!(await q.deleteFormulier(db, id))) throw FormulierNotFound();
}

export async function getFormulier(db: Db, id: string) {
  const form = await q.findFormulier(db, id);
  if (!form) throw FormulierNotFound();
  return toFormulierResponse(form);
}

/** All forms, each with how many submissions came in (as long as retention keeps them). */
export async function listFormulieren(db: Db) {
  const [forms, inzendingen] = await Promise.all([q.listFormulieren(db), countInboundPerBron(db, 'formulier')]);
  return forms.map((form) => ({ ...toFormulierResponse(form), inzendingen: inzendingen.get(form.id) ?? 0 }));
}

// Compiling a schema costs far more than validating with it; a changed form compiles anew.
const compiled = new Map<string, { versie: string; formulier: GecompileerdFormulier }>();

/** An active form with its compiled schema, for rendering and submitting. */
export async function loadPublicFormulier(db: Db, id: string): Promise<{ form: Formulier; schema: GecompileerdFormulier }> {
  const form = await q.findFormulier(db, id);
  if (!form?.actief) throw FormulierNotFound();
  const versie = new Date(form.gewijzigd_op).toISOString();
  let entry = compiled.get(id);
  if (entry?.versie !== versie) {
    entry = { versie, formulier: compileDefinitie(form.definitie) };
    compiled.set(id, entry);
  }
  return { form, schema: entry.formulier };
}

export interface InzendingOpties {
  /** The client's Idempotency-Key; without one, identical answers count as the same submission. */
  idempotencyKey?: string | undefined;
  formEncoded: boolean;
  raw?: string | undefined;
}

export interface InzendingResultaat {
  formulier: { id: string; titel: string; omschrijving: string | null };
  nieuw: boolean;
  /** 'verwerkt' once the klantcontact exists; 'ontvangen' when it is stored and will be processed shortly. */
  status: 'verwerkt' | 'ontvangen';
  kenmerk: string | null;
  bevestiging: string;
}

export async function submitFormulier(
  db: Db,
  pipeline: InboundPipeline,
  id: string,
  input: Record<string, unknown>,
  opties: InzendingOpties,
): Promise<InzendingResultaat> {
  const { form, schema } = await loadPublicFormulier(db, id);
  const antwoorden = normaliseerAntwoorden(schema.velden, input, opties.formEncoded);
  const problems = [...valideerAntwoorden(schema, antwoorden), ...controleerTelefoonnummers(schema.velden, antwoorden)];
  if (problems.length > 0) throw InzendingOngeldig(problems);
  const inzending = leesInzending(schema.velden, antwoorden);
  const key = opties.idempotencyKey ?? `sha256:${createHash('sha256').update(JSON.stringify(antwoorden)).digest('hex')}`;
  const received = await pipeline.receive(
    {
      kanaal: 'formulier',
      kanaalBerichtId: `${form.id}:${key}`,
      afzender: inzending.afzender,
      draad: {},
      onderwerp: form.titel,
      tekst: inzending.tekst,
      metadata: { formulier: { id: form.id, titel: form.titel }, antwoorden, ...(inzending.locatie ? { locatie: inzending.locatie } : {}) },
    },
    opties.raw,
  );
  const outcome = await findInboundOutcome(db, received.id);
  return {
    formulier: { id: form.id, titel: form.titel, omschrijving: form.omschrijving },
    nieuw: !received.duplicate,
    status: outcome?.klantcontact_nummer ? 'verwerkt' : 'ontvangen',
    kenmerk: outcome?.klantcontact_nummer ?? null,
    bevestiging: form.bevestiging ?? STANDAARD_BEVESTIGING,
  };
}
