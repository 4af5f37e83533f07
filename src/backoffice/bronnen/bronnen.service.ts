import type { Selectable } from 'kysely';
import Value from 'typebox/value';
import type { BackofficeBronTable, BronSoort } from '../../db/schema.ts';
import type { Db } from '../../db/transaction.ts';
import { openSecret, sealSecret } from '../../platform/crypto/secret-box.ts';
import type { FieldProblem } from '../../platform/errors.ts';
import { vereisteGeheimen, vereisteInstellingen, type Bron } from './bron.ts';
import {
  BronAlleenLezen,
  BronGeheimSleutelOntbreekt,
  BronInstellingenOngeldig,
  BronNaamBestaat,
  BronNietGevonden,
} from './bronnen.errors.ts';
import * as q from './bronnen.queries.ts';
import { BRP_DOELBINDING, BrpInstellingen, ZAKEN_REGISTER, ZAKEN_TIMEOUT_MS, ZakenInstellingen, type BronBody } from './bronnen.schemas.ts';

/**
 * Back-office sources: the single writer of backoffice_bron. Secrets are sealed with
 * LOKET_SECRET_KEY and leave this module only opened for a client, never towards the API.
 * Sources from the environment (or the demo back office) are listed too, read-only.
 */
type Row = Selectable<BackofficeBronTable>;

export interface BronnenDeps {
  db: Db;
  key: Buffer | undefined;
  /** The sources from the environment or the demo back office, first in every list. */
  omgeving: () => readonly Bron[];
}

export function toView(bron: Bron) {
  return {
    id: bron.id,
    soort: bron.soort,
    naam: bron.naam,
    herkomst: bron.herkomst,
    actief: bron.actief,
    instellingen: { ...bron.instellingen } as Record<string, unknown>,
    geheimenIngesteld: Object.keys(bron.geheimen).sort(),
  };
}
export type BronView = ReturnType<typeof toView>;

/** Settings with their defaults, as the clients use them. */
export function metStandaarden(soort: BronSoort, instellingen: Record<string, unknown>): Bron['instellingen'] {
  if (soort === 'brp') return { doelbinding: BRP_DOELBINDING, timeoutMs: ZAKEN_TIMEOUT_MS, ...(instellingen as BrpInstellingen) };
  return { register: ZAKEN_REGISTER, timeoutMs: ZAKEN_TIMEOUT_MS, ...(instellingen as ZakenInstellingen) };
}

function open(row: Row, key: Buffer | undefined): Bron {
  const geheimen = row.geheimen && key ? (JSON.parse(openSecret(key, row.geheimen)) as Record<string, string>) : {};
  return {
    id: row.id,
    soort: row.soort,
    naam: row.naam,
    herkomst: 'beheer',
    actief: row.actief,
    versie: new Date(row.gewijzigd_op).toISOString(),
    instellingen: metStandaarden(row.soort, row.instellingen),
    geheimen,
  } as Bron;
}

function checkInstellingen(soort: BronSoort, instellingen: Record<string, unknown>, geheimen: Record<string, string>): void {
  const schema = soort === 'brp' ? BrpInstellingen : ZakenInstellingen;
  const problems: FieldProblem[] = [...Value.Errors(schema, instellingen)]
    .slice(0, 5)
    .map((e) => ({ field: `body.instellingen${e.instancePath.replace(/\//g, '.')}`, message: e.message }));
  for (const name of vereisteInstellingen(soort, instellingen))
    if (!instellingen[name]) problems.push({ field: `body.instellingen.${name}`, message: 'verplicht bij deze authenticatie' });
  const nodig = vereisteGeheimen(soort, instellingen);
  for (const name of nodig) if (!geheimen[name]) problems.push({ field: `body.geheimen.${name}`, message: 'verplicht' });
  for (const name of Object.keys(geheimen))
    if (!nodig.includes(name))
      problems.push({ field: `body.geheimen.${name}`, message: `onbekend geheim; deze bron gebruikt ${nodig.join(', ')}` });
  if (problems.length > 0) throw BronInstellingenOngeldig(problems);
}

function seal(key: Buffer | undefined, geheimen: Record<string, string>): string | null {
  if (Object.keys(geheimen).length === 0) return null;
  if (!key) throw BronGeheimSleutelOntbreekt();
  return sealSecret(key, JSON.stringify(geheimen));
}

async function checkNaamVrij(deps: BronnenDeps, naam: string, behalve?: string): Promise<void> {
  const lower = naam.trim().toLowerCase();
  const taken = [...deps.omgeving(), ...(await q.listBronRows(deps.db)).map((row) => ({ id: row.id, naam: row.naam }))].some(
    (b) => b.id !== behalve && b.naam.toLowerCase() === lower,
  );
  if (taken) throw BronNaamBestaat();
}

export async function listBronnen(deps: BronnenDeps): Promise<BronView[]> {
  const rows = await q.listBronRows(deps.db);
  return [...deps.omgeving(), ...rows.map((row) => open(row, deps.key))].map(toView);
}

export async function createBron(deps: BronnenDeps, body: BronBody): Promise<BronView> {
  const geheimen = body.geheimen ?? {};
  checkInstellingen(body.soort, body.instellingen, geheimen);
  await checkNaamVrij(deps, body.naam);
  const row = await q.insertBron(deps.db, {
    soort: body.soort,
    naam: body.naam.trim(),
    instellingen: body.instellingen,
    geheimen: seal(deps.key, geheimen),
    actief: body.actief ?? true,
  });
  return toView(open(row, deps.key));
}

/** Replaces the settings; secrets left out keep their stored value (those the new authentication does not use go). */
export async function updateBron(deps: BronnenDeps, id: string, body: BronBody): Promise<BronView> {
  if (deps.omgeving().some((b) => b.id === id)) throw BronAlleenLezen();
  const row = await q.findBronRow(deps.db, id);
  if (!row) throw BronNietGevonden();
  if (body.soort !== row.soort)
    throw BronInstellingenOngeldig([{ field: 'body.soort', message: 'de soort van een bron kan niet veranderen' }]);
  if (body.geheimen && Object.keys(body.geheimen).length > 0 && !deps.key) throw BronGeheimSleutelOntbreekt();
  const nodig = vereisteGeheimen(row.soort, body.instellingen);
  const bewaard = open(row, deps.key).geheimen as Record<string, string>;
  const geheimen = Object.fromEntries(
    Object.entries({ ...bewaard, ...body.geheimen }).filter(([name]) => nodig.includes(name) || body.geheimen?.[name]),
  );
  checkInstellingen(row.soort, body.instellingen, geheimen);
  await checkNaamVrij(deps, body.naam, id);
  const updated = await q.updateBron(deps.db, id, {
    soort: row.soort,
    naam: body.naam.trim(),
    instellingen: body.instellingen,
    geheimen: seal(deps.key, geheimen),
    actief: body.actief ?? row.actief,
  });
  if (!updated) throw BronNietGevonden();
  return toView(open(updated, deps.key));
}

export async function deleteBron(deps: BronnenDeps, id: string): Promise<void> {
  if (deps.omgeving().some((b) => b.id === id)) throw BronAlleenLezen();
  if (!(await q.deleteBron(deps.db, id))) throw BronNietGevonden();
}

/** One source with its secrets opened, active or not (for the connection test). */
export async function getBron(deps: BronnenDeps, id: string): Promise<Bron> {
  const env = deps.omgeving().find((b) => b.id === id);
  if (env) return env;
  const row = /^[0-9a-f-]{36}$/i.test(id) ? await q.findBronRow(deps.db, id) : undefined;
  if (!row) throw BronNietGevonden();
  return open(row, deps.key);
}

/** The active sources of one kind, environment first, then in the order they were added. */
export async function actieveBronnen<S extends BronSoort>(deps: BronnenDeps, soort: S): Promise<Extract<Bron, { soort: S }>[]> {
  const rows = await q.listBronRows(deps.db, soort);
  const all = [...deps.omgeving().filter((b) => b.soort === soort), ...rows.map((row) => open(row, deps.key))];
  return all.filter((b) => b.actief) as Extract<Bron, { soort: S }>[];
}
