import type { ColumnType, Generated } from 'kysely';
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

/** Service-norm counts per Amsterdam day and channel (src/rapportage/servicenorm-dagen.ts). */
export interface ServicenormDagTable {
  dag: ColumnType<string, string, string>;
  kanaal: string;
  afgehandeld: number;
  binnen_norm: number;
}

/** The days counted in servicenorm_dag, and with which norms; a change to a gesprek removes its day. */
export interface ServicenormDagGeteldTable {
  dag: ColumnType<string, string, string>;
  normen: string;
}
