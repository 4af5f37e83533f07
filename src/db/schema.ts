import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Kysely's view of Loket's tables. Column names follow the SQL migrations. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DefaultedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;
type NullableJson<T> = ColumnType<T | null, string | null | undefined, string | null>;

export interface Adres {
  nummeraanduidingId?: string;
  straatnaam?: string;
  huisnummer?: number;
  huisnummertoevoeging?: string;
  postcode?: string;
  stad?: string;
  adresregel1?: string;
  adresregel2?: string;
  adresregel3?: string;
  land?: string;
}

export type SoortPartij = 'persoon' | 'organisatie' | 'contactpersoon';

export interface PartijTable {
  id: Generated<string>;
  nummer: Generated<string>;
  soort_partij: SoortPartij;
  voorletters: string | null;
  voornaam: string | null;
  voorvoegsel_achternaam: string | null;
  achternaam: string | null;
  organisatie_naam: string | null;
  werkte_voor_partij_id: string | null;
  geboortedatum: string | null;
  interne_notitie: string | null;
  indicatie_geheimhouding: Generated<boolean>;
  indicatie_actief: Generated<boolean>;
  voorkeurstaal: Generated<string>;
  geverifieerd: Generated<boolean>;
  bezoekadres: NullableJson<Adres>;
  correspondentieadres: NullableJson<Adres>;
  voorkeurs_digitaal_adres_id: string | null;
  voorkeurs_rekeningnummer_id: string | null;
  samengevoegd_met_id: string | null;
  aangemaakt_op: DefaultedTimestamp;
  gewijzigd_op: DefaultedTimestamp;
}

export interface PartijIdentificatorTable {
  id: Generated<string>;
  partij_id: string | null;
  code_objecttype: 'natuurlijk_persoon' | 'niet_natuurlijk_persoon' | 'vestiging';
  code_soort_object_id: 'bsn' | 'vestigingsnummer' | 'kvk_nummer' | 'rsin';
  object_id: string;
  code_register: 'brp' | 'hr';
  andere_partij_identificator: string | null;
  sub_identificator_van_id: string | null;
  aangemaakt_op: DefaultedTimestamp;
}

export type SoortDigitaalAdres = 'email' | 'telefoonnummer' | 'overig';

export interface DigitaalAdresTable {
  id: Generated<string>;
  partij_id: string | null;
  betrokkene_id: string | null;
  soort_digitaal_adres: SoortDigitaalAdres;
  adres: string;
  omschrijving: string | null;
  referentie: string | null;
  is_standaard_adres: Generated<boolean>;
  verificatie_datum: Date | string | null;
  aangemaakt_op: DefaultedTimestamp;
}

export interface RekeningnummerTable {
  id: Generated<string>;
  partij_id: string | null;
  iban: string;
  bic: string | null;
}

export interface VertegenwoordigingTable {
  id: Generated<string>;
  vertegenwoordigende_partij_id: string;
  vertegenwoordigde_partij_id: string;
}

export interface CategorieTable {
  id: Generated<string>;
  naam: string;
}

export interface CategorieRelatieTable {
  id: Generated<string>;
  partij_id: string | null;
  categorie_id: string | null;
  begin_datum: string | null;
  eind_datum: string | null;
}

export type SoortActor = 'medewerker' | 'geautomatiseerde_actor' | 'organisatorische_eenheid';

export interface ActorTable {
  id: Generated<string>;
  naam: string;
  soort_actor: SoortActor;
  indicatie_actief: Generated<boolean>;
  actoridentificator: NullableJson<Record<string, string>>;
  actor_identificatie: NullableJson<Record<string, string>>;
  aangemaakt_op: DefaultedTimestamp;
}

export interface TeamTable {
  id: Generated<string>;
  naam: string;
  actor_id: string;
  email: string | null;
  aangemaakt_op: DefaultedTimestamp;
}

export interface MedewerkerTable {
  id: Generated<string>;
  actor_id: string;
  gebruikersnaam: string;
  naam: string;
  email: string | null;
  wachtwoord_hash: string | null;
  oidc_subject: string | null;
  rollen: Json<string[]>;
  actief: Generated<boolean>;
  aangemaakt_op: DefaultedTimestamp;
}

export interface TeamLidTable {
  team_id: string;
  medewerker_id: string;
}

export interface SessieTable {
  token_hash: string;
  medewerker_id: string;
  csrf_token: string;
  aangemaakt_op: DefaultedTimestamp;
  verloopt_op: Timestamp;
}

export interface ApiTokenTable {
  id: Generated<string>;
  naam: string;
  token_hash: string;
  rol: string;
  actor_id: string;
  aangemaakt_op: DefaultedTimestamp;
  laatst_gebruikt_op: Date | string | null;
  ingetrokken_op: Date | string | null;
}

export interface OidcPogingTable {
  state: string;
  nonce: string;
  code_verifier: string;
  terug_naar: string;
  aangemaakt_op: DefaultedTimestamp;
}

export interface VerzoekTable {
  id: Generated<string>;
  nummer: Generated<string>;
  partij_id: string | null;
  onderwerp: string;
  omschrijving: string | null;
  status: Generated<'open' | 'afgehandeld'>;
  aangemaakt_op: DefaultedTimestamp;
  afgehandeld_op: Date | string | null;
}

export interface KlantcontactTable {
  id: Generated<string>;
  nummer: Generated<string>;
  referentienummer: string | null;
  kanaal: string;
  onderwerp: string;
  inhoud: string | null;
  reactie: string | null;
  indicatie_contact_gelukt: boolean | null;
  hoofd_onderwerp_type: string | null;
  verdere_actie_ondernomen: Generated<boolean>;
  taal: Generated<string>;
  vertrouwelijk: Generated<boolean>;
  plaatsgevonden_op: DefaultedTimestamp;
  metadata: NullableJson<Record<string, unknown>>;
  verzoek_id: string | null;
  aangemaakt_op: DefaultedTimestamp;
}

export interface BetrokkeneTable {
  id: Generated<string>;
  klantcontact_id: string;
  partij_id: string | null;
  rol: 'vertegenwoordiger' | 'klant';
  initiator: Generated<boolean>;
  organisatienaam: string | null;
  contactnaam: NullableJson<Record<string, string>>;
  bezoekadres: NullableJson<Adres>;
  correspondentieadres: NullableJson<Adres>;
}

export interface ObjectIdentificatorColumns {
  code_objecttype: string | null;
  code_register: string | null;
  code_soort_object_id: string | null;
  object_id: string | null;
}

export interface OnderwerpobjectTable extends ObjectIdentificatorColumns {
  id: Generated<string>;
  klantcontact_id: string | null;
  was_klantcontact_id: string | null;
}

export interface BijlageTable extends ObjectIdentificatorColumns {
  id: Generated<string>;
  klantcontact_id: string | null;
  bestandsnaam: string | null;
  content_type: string | null;
  grootte: number | null;
  inhoud: Uint8Array | null;
  bericht_id: string | null;
}

export interface ActorKlantcontactTable {
  id: Generated<string>;
  actor_id: string;
  klantcontact_id: string;
}

export interface InterneTaakTable {
  id: Generated<string>;
  nummer: Generated<string>;
  gevraagde_handeling: string;
  klantcontact_id: string;
  toelichting: string | null;
  status: Generated<'te_verwerken' | 'verwerkt'>;
  toegewezen_op: DefaultedTimestamp;
  afgehandeld_op: Date | string | null;
  uiterlijk_op: Date | string | null;
  /** Klantinteracties API: reference number given by the system that made the task. */
  referentienummer: string | null;
}

export interface InterneTaakActorTable {
  interne_taak_id: string;
  actor_id: string;
}

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
}

export interface WebchatSessieTable {
  id: Generated<string>;
  token_hash: string;
  pagina_url: string | null;
  taal: Generated<string>;
  aangemaakt_op: DefaultedTimestamp;
  laatst_actief_op: DefaultedTimestamp;
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

export interface BotFeedbackTable {
  id: Generated<string>;
  vraag_id: string | null;
  artikel_id: string;
  tekst: string;
  nuttig: boolean;
  gegeven_op: DefaultedTimestamp;
}

export interface BotTrainingsvoorbeeldTable {
  id: Generated<string>;
  tekst: string;
  artikel_id: string;
  bron: 'afronding' | 'feedback' | 'coaching';
  aangemaakt_op: DefaultedTimestamp;
}

export interface FormulierTable {
  id: string;
  titel: string;
  omschrijving: string | null;
  bevestiging: string | null;
  definitie: Json<Record<string, unknown>>;
  actief: Generated<boolean>;
  aangemaakt_op: DefaultedTimestamp;
  gewijzigd_op: DefaultedTimestamp;
}

export type KanaalSoort = 'whatsapp' | 'messenger' | 'instagram' | 'sms-twilio' | 'sms-bird';

export interface KanaalKoppelingTable {
  id: Generated<string>;
  soort: KanaalSoort;
  naam: string;
  instellingen: Json<Record<string, string>>;
  /** AES-256-GCM ciphertext of the channel's secrets as JSON; never returned by the API. */
  geheimen: string | null;
  actief: Generated<boolean>;
  geweigerd_aantal: Generated<number>;
  laatst_geweigerd_op: Date | null;
  aangemaakt_op: DefaultedTimestamp;
  gewijzigd_op: DefaultedTimestamp;
}

export interface TelefoongesprekTable {
  id: Generated<string>;
  call_id: string;
  gesprek_id: string | null;
  richting: 'inkomend' | 'uitgaand';
  van: string | null;
  naar: string | null;
  wachtrij: string | null;
  status: Generated<'rinkelt' | 'in_gesprek' | 'beeindigd'>;
  medewerker_id: string | null;
  agent: string | null;
  gestart_op: DefaultedTimestamp;
  beantwoord_op: Date | string | null;
  beeindigd_op: Date | string | null;
  duur_seconden: number | null;
  oorzaak: string | null;
}

export interface TranscriptsegmentTable {
  telefoongesprek_id: string;
  spreker: 'agent' | 'klant';
  begin_s: number;
  eind_s: number;
  tekst: string;
  ontvangen_op: DefaultedTimestamp;
}

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

/** Conversation analytics (src/analytics/gesprekken): one analysis per gesprek. */
type JsonList<T> = ColumnType<T[], string | undefined, string>;

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

export interface Database {
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
  verzoek: VerzoekTable;
  klantcontact: KlantcontactTable;
  betrokkene: BetrokkeneTable;
  onderwerpobject: OnderwerpobjectTable;
  bijlage: BijlageTable;
  actor_klantcontact: ActorKlantcontactTable;
  interne_taak: InterneTaakTable;
  interne_taak_actor: InterneTaakActorTable;
  gesprek: GesprekTable;
  bericht: BerichtTable;
  inkomend_bericht: InkomendBerichtTable;
  webchat_sessie: WebchatSessieTable;
  aanwezigheid: AanwezigheidTable;
  verwerkingsactie: VerwerkingsactieTable;
  verwerkt_object: VerwerktObjectTable;
  upl_product: UplProductTable;
  kennisartikel: KennisartikelTable;
  kennisartikel_versie: KennisartikelVersieTable;
  kennis_zoekdocument: KennisZoekdocumentTable;
  kennis_woord: KennisWoordTable;
  kennis_synoniemgroep: KennisSynoniemgroepTable;
  kennis_synoniem: KennisSynoniemTable;
  kennisbank_stand: StandTable;
  bot_vraag: BotVraagTable;
  bot_feedback: BotFeedbackTable;
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
}

export type Partij = Selectable<PartijTable>;
export type NewPartij = Insertable<PartijTable>;
export type PartijUpdate = Updateable<PartijTable>;
export type Klantcontact = Selectable<KlantcontactTable>;
export type Medewerker = Selectable<MedewerkerTable>;
