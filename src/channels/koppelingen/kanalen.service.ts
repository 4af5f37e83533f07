import type { BerichtenApiConfig } from '../../config.ts';
import type { KanaalKoppelingTable, KanaalSoort } from '../../db/schema.ts';
import type { Selectable } from 'kysely';
import type { Db } from '../../db/transaction.ts';
import { openSecret, sealSecret } from '../../platform/crypto/secret-box.ts';
import { GeheimSleutelOntbreekt, KanaalInstellingenOngeldig, KanaalNotFound } from './kanalen.errors.ts';
import * as q from './kanalen.queries.ts';
import { problemen, SOORTEN } from './kanaal-soorten.ts';
import type { Koppeling } from './provider.ts';
import { testVerbinding, type TestUitslag } from './verbindingstest.ts';

type Row = Selectable<KanaalKoppelingTable>;

export interface KanaalInput {
  soort: KanaalSoort;
  naam: string;
  instellingen: Record<string, string>;
  geheimen: Record<string, string>;
  actief?: boolean | undefined;
}

export interface KanaalPatch {
  naam?: string | undefined;
  instellingen?: Record<string, string> | undefined;
  /** Only the secrets given are replaced; the others stay as they were. */
  geheimen?: Record<string, string> | undefined;
  actief?: boolean | undefined;
}

/** The API's view of a connection: secrets only as "set" (all are required), never their value. */
export function toResponse(row: Row, publicUrl: string) {
  const names = SOORTEN[row.soort].geheimen;
  return {
    id: row.id,
    soort: row.soort,
    kanaal: SOORTEN[row.soort].kanaal,
    naam: row.naam,
    instellingen: row.instellingen,
    geheimen: Object.fromEntries(names.map((name) => [name, { ingesteld: row.geheimen !== null }])),
    actief: row.actief,
    webhookUrl: `${publicUrl}/api/kanalen/${row.id}/webhook`,
    geweigerdeVerzoeken: {
      aantal: row.geweigerd_aantal,
      laatsteOp: row.laatst_geweigerd_op ? new Date(row.laatst_geweigerd_op).toISOString() : null,
    },
    aangemaaktOp: new Date(row.aangemaakt_op).toISOString(),
    gewijzigdOp: new Date(row.gewijzigd_op).toISOString(),
  };
}

function openGeheimen(key: Buffer, sealed: string): Record<string, string> {
  return JSON.parse(openSecret(key, sealed)) as Record<string, string>;
}

function seal(key: Buffer | undefined, geheimen: Record<string, string>): string | null {
  if (Object.keys(geheimen).length === 0) return null;
  if (!key) throw GeheimSleutelOntbreekt();
  return sealSecret(key, JSON.stringify(geheimen));
}

function validate(soort: KanaalSoort, instellingen: Record<string, string>, geheimen: Record<string, string>) {
  const found = problemen(soort, instellingen, geheimen);
  if (found.length > 0) throw KanaalInstellingenOngeldig(found);
}

export async function createKanaal(db: Db, key: Buffer | undefined, input: KanaalInput) {
  validate(input.soort, input.instellingen, input.geheimen);
  return q.insertKoppeling(db, input.soort, {
    naam: input.naam,
    instellingen: input.instellingen,
    geheimen: seal(key, input.geheimen),
    actief: input.actief ?? true,
  });
}

export async function updateKanaal(db: Db, key: Buffer | undefined, id: string, patch: KanaalPatch) {
  const row = await q.findKoppeling(db, id);
  if (!row) throw KanaalNotFound();
  if (patch.geheimen && !key) throw GeheimSleutelOntbreekt();
  const geheimen = { ...(row.geheimen && key ? openGeheimen(key, row.geheimen) : {}), ...patch.geheimen };
  const instellingen = { ...row.instellingen, ...patch.instellingen };
  validate(row.soort, instellingen, geheimen);
  const updated = await q.updateKoppeling(db, id, {
    naam: patch.naam ?? row.naam,
    instellingen,
    geheimen: seal(key, geheimen),
    actief: patch.actief ?? row.actief,
  });
  if (!updated) throw KanaalNotFound();
  return updated;
}

export async function getKanaal(db: Db, id: string) {
  const row = await q.findKoppeling(db, id);
  if (!row) throw KanaalNotFound();
  return row;
}

export async function deleteKanaal(db: Db, id: string) {
  if (!(await q.deleteKoppeling(db, id))) throw KanaalNotFound();
}

export const listKanalen = q.listKoppelingen;

/** A connection with its secrets opened, or undefined when it does not exist or is switched off. */
export function openKoppeling(row: Row | undefined, key: Buffer | undefined): Koppeling | undefined {
  if (!row || !row.actief) return undefined;
  return open(row, key);
}

/** Tests a connection, switched on or off: a beheerder checks it before switching it on. */
export async function testKanaal(db: Db, key: Buffer | undefined, apis: BerichtenApiConfig, id: string): Promise<TestUitslag> {
  return testVerbinding(open(await getKanaal(db, id), key), apis);
}

function open(row: Row, key: Buffer | undefined): Koppeling {
  if (row.geheimen && !key) throw GeheimSleutelOntbreekt();
  return {
    id: row.id,
    soort: row.soort,
    kanaal: SOORTEN[row.soort].kanaal,
    instellingen: row.instellingen,
    geheimen: row.geheimen && key ? openGeheimen(key, row.geheimen) : {},
  };
}

export async function activeKoppeling(db: Db, key: Buffer | undefined, id: string): Promise<Koppeling | undefined> {
  return openKoppeling(await q.findKoppeling(db, id), key);
}

export function countRejected(db: Db, id: string) {
  return q.countRejected(db, id);
}
