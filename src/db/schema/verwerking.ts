import type { ColumnType, Generated } from 'kysely';
import type { DefaultedTimestamp, Json, Timestamp } from './columns.ts';

/** De verwerkingenlogging. */
export interface VerwerkingsactieTable {
  id: Generated<string>;
  actie_naam: string;
  handeling_naam: string;
  verwerking_naam: string;
  verwerking_id: Generated<string>;
  vertrouwelijkheid: 'normaal' | 'vertrouwelijk' | 'opgeheven';
  bewaartermijn: string;
  gebruiker: string;
  gebruiker_naam: string;
  rol: string;
  doel: string;
  systeem: Generated<string>;
  request_id: string | null;
  tijdstip: DefaultedTimestamp;
  tijdstip_registratie: DefaultedTimestamp;
}

export interface VerwerktObjectTable {
  id: Generated<string>;
  verwerkingsactie_id: string;
  objecttype: string;
  soort_object_id: string;
  object_id: string;
  betrokkenheid: string;
  verwerkte_soorten_gegevens: Json<string[]>;
}

/** The retention job's bookkeeping: one row per rule. */
export interface BewaartermijnOpschoningTable {
  regel: string;
  laatst_op: Timestamp;
  laatst_aantal: ColumnType<string, number, number>;
  totaal: ColumnType<string, number | undefined, number>;
}
