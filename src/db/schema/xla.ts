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
  /** The comment as a klantcontact of kanaal 'feedback', for the topic analytics. */
  opmerking_klantcontact_id: string | null;
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

/** XLA sums per Amsterdam day, channel, topic and team (src/rapportage/xla-dagen.ts). */
export interface XlaDagTable {
  dag: ColumnType<string, string, string>;
  kanaal: string;
  onderwerp: string | null;
  team_id: string | null;
  contacten: number;
  enquetes: number;
  som_tevredenheid: number;
  tevreden: number;
  fcr_basis: number;
  opgelost: number;
  herhaalcontacten: number;
}

/** The distinct verzoeken of a day per channel, topic and team, with the verzoek's effort. */
export interface XlaDagVerzoekTable {
  dag: ColumnType<string, string, string>;
  kanaal: string;
  onderwerp: string | null;
  team_id: string | null;
  verzoek_id: string;
  contacten: number;
  kanalen: number;
}

/** The days stored in xla_dag; the tables' triggers forget a day when its figures change. */
export interface XlaDagGeteldTable {
  dag: ColumnType<string, string, string>;
}
