import type { ColumnType, Generated } from 'kysely';
import type { DefaultedTimestamp, Timestamp } from './columns.ts';

/** Outbox of Loket's own notificaties to the Notificaties component (src/notificaties/). */
export type NotificatieResource = 'klantcontact' | 'internetaak';
export type NotificatieUitStatus = 'wachtend' | 'afgeleverd' | 'mislukt';

export interface NotificatieUitTable {
  volgnummer: Generated<number>;
  resource: NotificatieResource;
  object_id: string;
  actie: string;
  kenmerken: ColumnType<Record<string, string>, string | undefined, string>;
  aanmaakdatum: DefaultedTimestamp;
  status: Generated<NotificatieUitStatus>;
  pogingen: Generated<number>;
  laatste_fout: string | null;
  volgende_poging_op: Timestamp | null;
  afgeleverd_op: Timestamp | null;
}
