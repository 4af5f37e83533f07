import type { Generated } from 'kysely';
import type { DefaultedTimestamp, Json, NullableJson, Timestamp } from './columns.ts';

/** Events from back offices and devices, rules on them and what the rules did. */
export type GebeurtenisBron = 'notificatie' | 'cloudevent';
export type GebeurtenisStatus = 'ontvangen' | 'verwerkt' | 'mislukt';

export interface GebeurtenisTable {
  id: Generated<string>;
  bron: GebeurtenisBron;
  sleutel: string;
  soort: string;
  inhoud: Json<Record<string, unknown>>;
  ontvangen_op: Timestamp;
  status: Generated<GebeurtenisStatus>;
  pogingen: Generated<number>;
  laatste_fout: string | null;
  volgende_poging_op: Timestamp;
  verwerkt_op: Timestamp | null;
  regels_geraakt: number | null;
}

export interface GebeurtenisRegelTable {
  id: Generated<string>;
  naam: string;
  actief: boolean;
  match: Json<Record<string, unknown>>;
  acties: Json<Record<string, unknown>[]>;
  aangemaakt_op: DefaultedTimestamp;
  gewijzigd_op: DefaultedTimestamp;
}

export interface GebeurtenisActieTable {
  gebeurtenis_id: string;
  regel_id: string;
  actie_index: number;
  soort: string;
  status: 'gelukt' | 'mislukt' | 'overgeslagen';
  fout: string | null;
  resultaat: NullableJson<Record<string, unknown>>;
  uitgevoerd_op: Timestamp;
}

export interface ProactiefBerichtTable {
  gebeurtenis_id: string;
  partij_id: string;
  regel_id: string | null;
  kanaal: string;
  gesprek_id: string | null;
  klantcontact_id: string | null;
  aangemaakt_op: Timestamp;
  status: Generated<'gepland' | 'verstuurd' | 'vervallen'>;
  /** When a message held for quiet hours goes out. */
  verzenden_op: Timestamp | null;
  /** What a held message will say and to which address (onderwerp, tekst, adres, zaak). */
  inhoud: NullableJson<Record<string, unknown>>;
  /** SHA-256 of the opt-out link's token in the message as sent (/afmelden/{token}). */
  afmeld_token_hash: string | null;
  /** The kind of message (berichtsoort) it was, which the opt-out link opts out of. */
  berichtsoort: string | null;
}

export type AttenderingSoort = 'object' | 'straat' | 'adres';

/** A partij's opt-in for messages about a place or an object, per kind of message. */
export interface AttenderingTable {
  id: Generated<string>;
  partij_id: string;
  berichtsoort: string;
  soort: AttenderingSoort;
  waarde: string;
  aangemaakt_op: Timestamp;
}

/** A partij's opt-out of one kind of proactive message. */
export interface BerichtafmeldingTable {
  partij_id: string;
  berichtsoort: string;
  afgemeld_op: Timestamp;
}

export interface GebeurtenisSignaalTable {
  id: Generated<string>;
  gebeurtenis_id: string;
  regel_id: string | null;
  titel: string;
  tekst: string | null;
  aangemaakt_op: Timestamp;
}
