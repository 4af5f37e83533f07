import type { Insertable, Selectable, Updateable } from 'kysely';
import type {
  PartijTable,
  PartijIdentificatorTable,
  DigitaalAdresTable,
  RekeningnummerTable,
  VertegenwoordigingTable,
  CategorieTable,
  CategorieRelatieTable,
} from './schema/partij.ts';
import type {
  ActorTable,
  TeamTable,
  MedewerkerTable,
  TeamLidTable,
  SessieTable,
  ApiTokenTable,
  OidcPogingTable,
  DrempelTellerTable,
  InlogpogingTable,
} from './schema/medewerker.ts';
import type {
  VerzoekTable,
  KlantcontactTable,
  BetrokkeneTable,
  OnderwerpobjectTable,
  BijlageTable,
  ActorKlantcontactTable,
  InterneTaakTable,
  InterneTaakActorTable,
  InterneTaakNotitieTable,
} from './schema/klantcontact.ts';
import type {
  GesprekTable,
  GesprekLabelTable,
  BerichtTable,
  AanwezigheidTable,
  WebchatSessieTable,
  InkomendBerichtTable,
} from './schema/gesprek.ts';
import type { VerwerkingsactieTable, VerwerktObjectTable, BewaartermijnOpschoningTable } from './schema/verwerking.ts';
import type {
  UplProductTable,
  KennisartikelTable,
  KennisartikelVersieTable,
  KennisZoekdocumentTable,
  KennisLexeemTable,
  KennisReviewherinneringTable,
  KennisWoordTable,
  KennisSynoniemgroepTable,
  KennisSynoniemTable,
  StandTable,
  BotVraagTable,
  BotConceptTable,
  BotFeedbackTable,
  BotTrainingsvoorbeeldTable,
} from './schema/kennis.ts';
import type { FormulierTable, KanaalKoppelingTable, TelefoongesprekTable, TranscriptsegmentTable } from './schema/kanalen.ts';
import type { BackofficeBronTable } from './schema/backoffice.ts';
import type { AntwoordsjabloonTable } from './schema/antwoordsjablonen.ts';
import type { VervolgstapTable } from './schema/vervolgstap.ts';
import type {
  EnqueteTable,
  ServicenormDagGeteldTable,
  ServicenormDagTable,
  XlaDagGeteldTable,
  XlaDagTable,
  XlaDagVerzoekTable,
} from './schema/xla.ts';
import type { AfdelingTable, TaakMeldingTable } from './schema/afdeling.ts';
import type { NotificatieUitTable } from './schema/notificaties.ts';
import type { ServicenormTable } from './schema/servicenorm.ts';
import type {
  AttenderingTable,
  BerichtafmeldingTable,
  GebeurtenisActieTable,
  GebeurtenisRegelTable,
  GebeurtenisSignaalTable,
  GebeurtenisTable,
  ProactiefBerichtTable,
} from './schema/gebeurtenissen.ts';
import type {
  WijkTable,
  StraatTable,
  KlantcontactOnderwerpTable,
  HotspotSignaalTable,
  PaginaArtikelTable,
  AnalyseZinTable,
  GesprekAnalyseTable,
  AnalyseStilteTable,
  GesprekOpenArtikelTable,
} from './schema/analytics.ts';

/** Kysely's view of Loket's tables, one file per domain under schema/. Column names follow the SQL migrations. */
export type * from './schema/partij.ts';
export type * from './schema/medewerker.ts';
export type * from './schema/klantcontact.ts';
export type * from './schema/gesprek.ts';
export type * from './schema/verwerking.ts';
export type * from './schema/kennis.ts';
export type * from './schema/kanalen.ts';
export type * from './schema/analytics.ts';
export type * from './schema/backoffice.ts';
export type * from './schema/antwoordsjablonen.ts';
export type * from './schema/gebeurtenissen.ts';
export type * from './schema/vervolgstap.ts';
export type * from './schema/xla.ts';
export type * from './schema/afdeling.ts';
export type * from './schema/notificaties.ts';
export type * from './schema/servicenorm.ts';

export interface Database {
  backoffice_bron: BackofficeBronTable;
  partij: PartijTable;
  partij_identificator: PartijIdentificatorTable;
  digitaal_adres: DigitaalAdresTable;
  rekeningnummer: RekeningnummerTable;
  vertegenwoordiging: VertegenwoordigingTable;
  categorie: CategorieTable;
  categorie_relatie: CategorieRelatieTable;
  actor: ActorTable;
  team: TeamTable;
  medewerker: MedewerkerTable;
  team_lid: TeamLidTable;
  sessie: SessieTable;
  api_token: ApiTokenTable;
  oidc_poging: OidcPogingTable;
  drempel_teller: DrempelTellerTable;
  inlogpoging: InlogpogingTable;
  verzoek: VerzoekTable;
  klantcontact: KlantcontactTable;
  betrokkene: BetrokkeneTable;
  onderwerpobject: OnderwerpobjectTable;
  bijlage: BijlageTable;
  actor_klantcontact: ActorKlantcontactTable;
  interne_taak: InterneTaakTable;
  interne_taak_actor: InterneTaakActorTable;
  interne_taak_notitie: InterneTaakNotitieTable;
  gesprek: GesprekTable;
  bericht: BerichtTable;
  gesprek_label: GesprekLabelTable;
  inkomend_bericht: InkomendBerichtTable;
  webchat_sessie: WebchatSessieTable;
  aanwezigheid: AanwezigheidTable;
  verwerkingsactie: VerwerkingsactieTable;
  verwerkt_object: VerwerktObjectTable;
  bewaartermijn_opschoning: BewaartermijnOpschoningTable;
  upl_product: UplProductTable;
  kennisartikel: KennisartikelTable;
  kennisartikel_versie: KennisartikelVersieTable;
  kennis_zoekdocument: KennisZoekdocumentTable;
  kennis_woord: KennisWoordTable;
  kennis_lexeem: KennisLexeemTable;
  kennis_reviewherinnering: KennisReviewherinneringTable;
  kennis_synoniemgroep: KennisSynoniemgroepTable;
  kennis_synoniem: KennisSynoniemTable;
  kennisbank_stand: StandTable;
  bot_vraag: BotVraagTable;
  bot_feedback: BotFeedbackTable;
  bot_concept: BotConceptTable;
  bot_trainingsvoorbeeld: BotTrainingsvoorbeeldTable;
  bot_stand: StandTable;
  formulier: FormulierTable;
  telefoongesprek: TelefoongesprekTable;
  transcriptsegment: TranscriptsegmentTable;
  analyse_zin: AnalyseZinTable;
  gesprek_analyse: GesprekAnalyseTable;
  analyse_stilte: AnalyseStilteTable;
  gesprek_open_artikel: GesprekOpenArtikelTable;
  wijk: WijkTable;
  straat: StraatTable;
  gebied_stand: StandTable;
  klantcontact_onderwerp: KlantcontactOnderwerpTable;
  analytics_stand: StandTable;
  hotspot_signaal: HotspotSignaalTable;
  pagina_artikel: PaginaArtikelTable;
  kanaal_koppeling: KanaalKoppelingTable;
  gebeurtenis: GebeurtenisTable;
  gebeurtenis_regel: GebeurtenisRegelTable;
  gebeurtenis_actie: GebeurtenisActieTable;
  proactief_bericht: ProactiefBerichtTable;
  gebeurtenis_signaal: GebeurtenisSignaalTable;
  antwoordsjabloon: AntwoordsjabloonTable;
  vervolgstap: VervolgstapTable;
  enquete: EnqueteTable;
  servicenorm_dag: ServicenormDagTable;
  servicenorm_dag_geteld: ServicenormDagGeteldTable;
  xla_dag: XlaDagTable;
  xla_dag_verzoek: XlaDagVerzoekTable;
  xla_dag_geteld: XlaDagGeteldTable;
  servicenorm: ServicenormTable;
  afdeling: AfdelingTable;
  taak_melding: TaakMeldingTable;
  notificatie_uit: NotificatieUitTable;
  attendering: AttenderingTable;
  berichtafmelding: BerichtafmeldingTable;
}

export type Partij = Selectable<PartijTable>;
export type NewPartij = Insertable<PartijTable>;
export type PartijUpdate = Updateable<PartijTable>;
export type Klantcontact = Selectable<KlantcontactTable>;
export type Medewerker = Selectable<MedewerkerTable>;
