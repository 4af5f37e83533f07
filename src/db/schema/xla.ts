import type { Generated } from 'kysely';
import type { Timestamp } from './columns.ts';

/** A survey sent after a closed gesprek, and its answer (null until answered). */
export interface EnqueteTable {
  id: Generated<string>;
  gesprek_id: string;
  kanaal: string;
  token_hash: string;
  verstuurd_op: Timestamp;
  verloopt_op: Timestamp;
  beantwoord_op: Date | string | null;
  tevredenheid: number | null;
  vraag_beantwoord: boolean | null;
  opmerking: string | null;
  opmerking_categorie: string | null;
  opmerking_artikel_id: string | null;
}
