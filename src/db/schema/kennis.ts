import type { ColumnType, Generated } from 'kysely';
import type { DefaultedTimestamp, Json, Timestamp } from './columns.ts';

/** Kennisbank en bot. */
export type KennisStatus = 'concept' | 'ter_review' | 'gepubliceerd' | 'gearchiveerd';
export type KennisType = 'artikel' | 'werkinstructie' | 'nieuws';

export interface UplProductTable {
  naam: string;
  uri: string;
  gemeente: Generated<boolean>;
}

export interface KennisartikelTable {
  id: string;
  gepubliceerde_versie: number | null;
  aangemaakt_op: DefaultedTimestamp;
}

export interface KennisartikelVersieTable {
  artikel_id: string;
  versie: number;
  status: Generated<KennisStatus>;
  type: KennisType;
  titel: string;
  samenvatting: string;
  inhoud: string;
  categorie: string;
  upl: string | null;
  doelgroep: Json<string[]>;
  afdeling: string;
  trefwoorden: Json<string[]>;
  bijgewerkt_op: ColumnType<string, string | undefined, string>;
  reviewdatum: string | null;
  auteur_actor_id: string | null;
  auteur_naam: string;
  aangemaakt_op: DefaultedTimestamp;
  status_gewijzigd_op: DefaultedTimestamp;
}

export interface KennisZoekdocumentTable {
  artikel_id: string;
  versie: number;
  type: KennisType;
  titel: string;
  samenvatting: string;
  afdeling: string;
  reviewdatum: string | null;
  gepubliceerd_op: DefaultedTimestamp;
  /** tsvector: written with sql`setweight(to_tsvector('dutch', ...))`, never read as text. */
  zoekvector: ColumnType<string, never, never>;
  /** tsvector of title, keywords and summary only (weights A and B), generated from zoekvector. */
  kopvector: ColumnType<string, never, never>;
}

/** How many search documents hold each stemmed word; kept by triggers on kennis_zoekdocument. */
export interface KennisLexeemTable {
  lexeem: string;
  aantal: number;
}

/** One review-date reminder per article and review date. */
export interface KennisReviewherinneringTable {
  artikel_id: string;
  reviewdatum: ColumnType<string, string, string>;
  versie: number;
  afdeling: string;
  team_id: string | null;
  aangemaakt_op: DefaultedTimestamp;
}

export interface KennisWoordTable {
  woord: string;
  aantal: Generated<number>;
}

export interface KennisSynoniemgroepTable {
  id: Generated<string>;
  aangemaakt_door: string;
  aangemaakt_op: DefaultedTimestamp;
}

export interface KennisSynoniemTable {
  groep_id: string;
  term: string;
  sleutel: string;
  volgorde: number;
}

export interface StandTable {
  id: Generated<boolean>;
  revisie: Generated<number>;
}

export interface BotVraagTable {
  id: Generated<string>;
  kanaal: string;
  tekst: string;
  uitkomst: 'beantwoord' | 'keuze' | 'doorverbonden';
  reden: string;
  artikel_id: string | null;
  zekerheid: number;
  gesteld_op: DefaultedTimestamp;
}

export type BotConceptStatus = 'open' | 'overgenomen' | 'verworpen';

/** The bot's draft reply to an e-mail, for an agent to take over or discard. */
export interface BotConceptTable {
  id: Generated<string>;
  gesprek_id: string;
  bericht_id: string;
  artikel_id: string;
  tekst: string;
  zekerheid: number;
  status: ColumnType<BotConceptStatus, BotConceptStatus | undefined, BotConceptStatus>;
  aangemaakt_op: DefaultedTimestamp;
  beoordeeld_door: string | null;
  beoordeeld_op: Timestamp | null;
}

export interface BotFeedbackTable {
  id: Generated<string>;
  vraag_id: string | null;
  artikel_id: string;
  tekst: string;
  nuttig: boolean;
  gegeven_op: DefaultedTimestamp;
  /** The bot's answer in a chat that the verdict is about (one verdict per answer); null for feedback from elsewhere. */
  bericht_id: Generated<string | null>;
}

export interface BotTrainingsvoorbeeldTable {
  id: Generated<string>;
  tekst: string;
  artikel_id: string;
  bron: 'afronding' | 'feedback' | 'coaching';
  aangemaakt_op: DefaultedTimestamp;
}
