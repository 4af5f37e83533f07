import type { ColumnType, Generated } from 'kysely';
import type { DefaultedTimestamp, Json, JsonList, Timestamp } from './columns.ts';

/** Onderwerpen, gebieden, hotspots en gespreksanalyse. */
export interface WijkTable {
  code: string;
  naam: string;
  inwoners: number;
  postcodes: Json<string[]>;
  geometrie: Json<unknown>;
}

export interface StraatTable {
  straat: string;
  wijk: string;
  postcode4: string;
  lat: number | null;
  lon: number | null;
}

export interface KlantcontactOnderwerpTable {
  klantcontact_id: string;
  categorie: string;
  artikel_id: string | null;
  zekerheid: number;
  bron: 'classifier' | 'agent';
  wijk: string | null;
  geplaatst_via: string | null;
  kanaal: string;
  partij_id: string | null;
  pagina_url: string | null;
  plaatsgevonden_op: Timestamp;
  week_start: ColumnType<string, string, string>;
}

export interface HotspotSignaalTable {
  wijk: string;
  onderwerp: string;
  week_start: ColumnType<string, string, string>;
  categorie: string;
  artikel_id: string | null;
  afdeling: string | null;
  team_id: string | null;
  interne_taak_id: string | null;
  email_aan: string | null;
  email_onderwerp: string;
  email_tekst: string;
  email_status: Generated<'te_versturen' | 'verstuurd' | 'geen_adres'>;
  waargenomen: number;
  verwacht: number;
  score: number;
  aangemaakt_op: DefaultedTimestamp;
}

export interface PaginaArtikelTable {
  pagina_url: string;
  artikel_id: string;
  aangemaakt_op: DefaultedTimestamp;
}

/** Conversation analytics (src/analytics/gesprekskwaliteit): one analysis per gesprek. */
export interface AnalyseZinTable {
  id: Generated<string>;
  zin: string;
  aangemaakt_op: DefaultedTimestamp;
}

export interface GesprekAnalyseTable {
  gesprek_id: string;
  kanaal: string;
  medewerker_id: string | null;
  segmenten: Generated<number>;
  geverifieerd_gedrukt: number | null;
  geverifieerd_bij_segment: number | null;
  stiltes: JsonList<{ start: number; end: number; afterSegment: number; artikelId: string | null }>;
  onthullingen: JsonList<{ segment: number; kind: string; beforeVerification: boolean; start: number }>;
  zinnen: JsonList<{ segment: number; phrase: string; start: number }>;
  aantal_stiltes: Generated<number>;
  stilte_seconden: Generated<number>;
  overtredingen: Generated<number>;
  aantal_zinnen: Generated<number>;
  geanalyseerd_op: DefaultedTimestamp;
}

export interface AnalyseStilteTable {
  gesprek_id: string;
  na_segment: number;
  begin_s: number;
  eind_s: number;
  artikel_id: string | null;
}

export interface GesprekOpenArtikelTable {
  id: Generated<string>;
  gesprek_id: string;
  artikel_id: string | null;
  medewerker_id: string | null;
  geopend_op: DefaultedTimestamp;
}
