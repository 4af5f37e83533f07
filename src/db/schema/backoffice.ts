import type { Generated } from 'kysely';
import type { DefaultedTimestamp, Json } from './columns.ts';

/** Back-office sources: the BRP and zaaksystemen (Zaken + Catalogi). */
export type BronSoort = 'brp' | 'zaken';

export interface BackofficeBronTable {
  id: Generated<string>;
  soort: BronSoort;
  naam: string;
  /** Settings without secrets; extraHeaders is an object, timeoutMs a number. */
  instellingen: Json<Record<string, unknown>>;
  /** AES-256-GCM ciphertext of the source's secrets as JSON; never returned by the API. */
  geheimen: string | null;
  actief: Generated<boolean>;
  aangemaakt_op: DefaultedTimestamp;
  gewijzigd_op: DefaultedTimestamp;
}
