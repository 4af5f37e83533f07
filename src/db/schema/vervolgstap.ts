import type { Generated } from 'kysely';
import type { Timestamp } from './columns.ts';

/** The named follow-ups of an inbound message, run after the message committed (an outbox). */
export type VervolgstapNaam = 'bot-beurt' | 'classificeren';
export type VervolgstapStatus = 'wachtend' | 'klaar' | 'mislukt';

export interface VervolgstapTable {
  id: Generated<string>;
  inkomend_bericht_id: string;
  gesprek_id: string;
  bericht_id: string;
  stap: VervolgstapNaam;
  status: Generated<VervolgstapStatus>;
  pogingen: Generated<number>;
  laatste_fout: string | null;
  volgende_poging_op: Timestamp;
  geclaimd_op: Timestamp | null;
  aangemaakt_op: Timestamp;
  afgerond_op: Timestamp | null;
}
