import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { RequestContext } from '../platform/principal.ts';
import type { VerwerktObject } from '../platform/verwerkingslog.ts';
import type { Urls } from '../contract/klantinteracties-urls.ts';

type Objecttype = VerwerktObject['objecttype'];

/**
 * One API request's working set: its transaction, who calls, how to write urls, and which
 * personal data it touched, so the request writes one processing-log entry for all of it.
 */
export class KiContext {
  private readonly touched = new Map<string, VerwerktObject>();
  /** Set when a confidential klantcontact or a partij under geheimhouding was touched. */
  vertrouwelijk = false;

  constructor(
    readonly trx: Transaction<Database>,
    readonly ctx: RequestContext,
    readonly urls: Urls,
    /** The app clock's time at the request: what the request stamps as gewijzigd. */
    readonly now: Date,
  ) {}

  touch(objecttype: Objecttype, objectId: string | null, soortenGegevens: string[], betrokkenheid?: string): void {
    if (!objectId) return;
    const key = `${objecttype}:${objectId}`;
    const known = this.touched.get(key);
    if (known) {
      known.soortenGegevens = [...new Set([...(known.soortenGegevens ?? []), ...soortenGegevens])];
      return;
    }
    this.touched.set(key, { objecttype, objectId, soortenGegevens, ...(betrokkenheid ? { betrokkenheid } : {}) });
  }

  touchedObjects(): VerwerktObject[] {
    return [...this.touched.values()];
  }
}

/** Keeps input order when loading rows by id. */
export function inOrder<T extends { id: string }>(ids: string[], rows: T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is T => r !== undefined);
}

export function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    map.set(k, [...(map.get(k) ?? []), row]);
  }
  return map;
}

export const isoDateTime = (value: Date | string) => new Date(value).toISOString();
export const isoDate = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString().slice(0, 10));
