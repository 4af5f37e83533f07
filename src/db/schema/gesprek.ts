import type { ColumnType, Generated } from 'kysely';
import type { DefaultedTimestamp, Json, NullableJson } from './columns.ts';

/** Whether the bot answers a gesprek; transitions in src/conversations/bot-modus.ts. */
export type BotModus = 'uit' | 'actief' | 'overgedragen';

/** Gesprekken, berichten, de inkomende wachtrij, aanwezigheid en webchatsessies. */
export interface GesprekTable {
  id: Generated<string>;
  kanaal: string;
  partij_id: string | null;
  klantcontact_id: string | null;
  verzoek_id: string | null;
  externe_id: string | null;
  onderwerp: string | null;
  status: Generated<string>;
  gestart_op: DefaultedTimestamp;
  gewijzigd_op: DefaultedTimestamp;
  afgesloten_op: Date | string | null;
  laatste_bericht_op: Date | string | null;
  metadata: NullableJson<Record<string, unknown>>;
  toegewezen_aan: string | null;
  team_id: string | null;
  wacht_sinds: Date | string | null;
  geverifieerd_op: Date | string | null;
  geverifieerd_door: string | null;
  verificatie_methode: string | null;
  bot_modus: ColumnType<BotModus, BotModus | undefined, BotModus>;
  bot_reden: string | null;
  /** Snoozed until then: out of the inbox while it lies ahead of the app's clock (issue 16). */
  gesluimerd_tot: Date | string | null;
  /** Working-time wait until a medewerker answered, measured after closing (src/rapportage/wachttijden.ts). */
  wachttijd_werkseconden: number | null;
}

/** Free-text labels on a gesprek, stored normalised (see src/conversations/gesprek-labels.ts). */
export interface GesprekLabelTable {
  gesprek_id: string;
  label: string;
  toegevoegd_op: DefaultedTimestamp;
}

export type Bezorgstatus = 'wachtrij' | 'verzonden' | 'afgeleverd' | 'gelezen' | 'mislukt';

export interface BerichtTable {
  id: Generated<string>;
  gesprek_id: string;
  richting: 'inkomend' | 'uitgaand' | 'notitie';
  afzender_actor_id: string | null;
  inhoud: string;
  kanaal_bericht_id: string | null;
  verzonden_op: DefaultedTimestamp;
  html: string | null;
  metadata: NullableJson<Record<string, unknown>>;
  bezorgstatus: Bezorgstatus | null;
  bezorgfout: string | null;
  pogingen: Generated<number>;
  volgende_poging_op: Date | string | null;
}

export type AanwezigheidStatus = 'beschikbaar' | 'pauze' | 'offline';

export interface AanwezigheidTable {
  medewerker_id: string;
  status: Generated<AanwezigheidStatus>;
  kanalen: ColumnType<string[], string | undefined, string>;
  gewijzigd_op: DefaultedTimestamp;
  laatst_gezien_op: DefaultedTimestamp;
  /** Present until this moment unless a heartbeat renews it (presence.ts). */
  aanwezig_tot: DefaultedTimestamp;
}

export interface WebchatSessieTable {
  id: Generated<string>;
  token_hash: string;
  pagina_url: string | null;
  taal: Generated<string>;
  aangemaakt_op: DefaultedTimestamp;
  laatst_actief_op: DefaultedTimestamp;
  /** The inwoner who logged in on the website (ID token checked by the widget identity config); null: anonymous. */
  partij_id: string | null;
  identiteit_methode: string | null;
  identiteit_tot: Date | string | null;
}

export interface InkomendBerichtTable {
  id: Generated<string>;
  kanaal: string;
  kanaal_bericht_id: string;
  ontvangen_op: DefaultedTimestamp;
  bericht: Json<unknown>;
  ruw: string | null;
  status: Generated<'ontvangen' | 'verwerkt' | 'mislukt'>;
  pogingen: Generated<number>;
  laatste_fout: string | null;
  volgende_poging_op: DefaultedTimestamp;
  verwerkt_op: Date | string | null;
  gesprek_id: string | null;
  bericht_id: string | null;
}
