/**
 * The shapes the desktop reads from Loket's API. They mirror the server's response schemas
 * (browser code does not import server code); the inbox, toewijzing, verificatie, afhandeling and
 * teamleider shapes follow the contract agreed with the backend.
 */
export type GesprekStatus = 'open' | 'toegewezen' | 'wacht_op_klant' | 'afgehandeld';
export type Richting = 'inkomend' | 'uitgaand' | 'notitie';
export type Bezorgstatus = 'wachtrij' | 'verzonden' | 'afgeleverd' | 'gelezen' | 'mislukt';
export type PresenceStatus = 'beschikbaar' | 'pauze' | 'offline';

export interface Ref {
  id: string;
  naam: string;
}

export interface Medewerker {
  id: string;
  actorId: string;
  gebruikersnaam: string;
  naam: string;
  rollen: string[];
  teams: Ref[];
}

export interface Session {
  medewerker: Medewerker;
  csrfToken: string;
}

export interface InboxItem {
  id: string;
  kanaal: string;
  status: GesprekStatus;
  onderwerp: string | null;
  partij: Ref | null;
  wachtSinds: string | null;
  toegewezenAan: Ref | null;
  team: Ref | null;
  slaDeadline: string | null;
}

/** A file that came with a message; the content is at GET /api/gesprekken/:id/bijlagen/:bijlageId. */
export interface Bijlage {
  id: string;
  bestandsnaam: string;
  contentType: string;
  grootte: number;
}

export interface Bericht {
  id: string;
  richting: Richting;
  inhoud: string;
  afzender: string | null;
  verzondenOp: string;
  bezorgstatus: Bezorgstatus | null;
  bezorgfout: string | null;
  /** Absent on servers from before attachments were listed. */
  bijlagen?: Bijlage[];
}

/** What the gesprek's channel allows now (GET /api/gesprekken/:id/kanaalgrenzen). */
export interface Kanaalgrenzen {
  kanaal: string;
  /** False outside the 24-hour window of WhatsApp, Messenger and Instagram. */
  vensterOpen: boolean;
  vensterSluitOp: string | null;
  /** WhatsApp outside the window: only approved templates. */
  alleenSjablonen: boolean;
  maxLengte: number | null;
  /** The channel an answer goes by (e-mail for a web form); null: no written way back, only a note. Absent on older servers. */
  antwoordVia?: string | null;
}

export interface Gesprek {
  id: string;
  kanaal: string;
  status: GesprekStatus;
  onderwerp: string | null;
  partijId: string | null;
  klantcontactId: string | null;
  verzoekId: string | null;
  gestartOp: string;
  berichten: Bericht[];
}

export interface DigitaalAdres {
  id: string;
  soortDigitaalAdres: string;
  adres: string;
  isStandaardAdres: boolean;
}

export interface Partij {
  id: string;
  /** Absent while masked. */
  nummer?: string;
  soortPartij: string;
  volledigeNaam: string | null;
  geboortedatum: string | null;
  /** Null while masked or unknown; see partij/adres-logic.ts for the fields. */
  bezoekadres?: Record<string, unknown> | null;
  correspondentieadres?: Record<string, unknown> | null;
  geverifieerd?: boolean;
  /** Set by GET /api/gesprekken/:id/partij before the citizen is verified. */
  gemaskeerd?: boolean;
  identificatoren: { id: string; codeSoortObjectId: string; objectId: string }[];
  digitaleAdressen: DigitaalAdres[];
}

export type TijdlijnSoort = 'klantcontact' | 'gesprek' | 'interne_taak' | 'verzoek';

export interface TijdlijnItem {
  soort: TijdlijnSoort;
  id: string;
  tijdstip: string;
  kanaal: string | null;
  titel: string;
  samenvatting: string | null;
  verzoekId: string | null;
  gesprekId: string | null;
  status: string | null;
  /** Zaken the klantcontact was about (linked from a zaaksysteem); absent on older servers. */
  zaken?: { objectId: string; identificatie: string | null; omschrijving: string | null }[];
}

export interface KennisArtikel {
  id: string;
  title: string;
  summary: string;
  score: number;
}

export interface TeamleiderOverzicht {
  wachtrijen: { kanaal: string; wachtend: number; langsteWachttijdSeconden: number }[];
  medewerkers: { id: string; naam: string; status: PresenceStatus; actieveGesprekken: number }[];
  vandaag: { kanaal: string; aantal: number }[];
}

export interface Afhandeling {
  categorie: string;
  resultaat: string;
  /** The knowledge article the answer came from. */
  articleId?: string;
  contactverzoek?: { gevraagdeHandeling: string; toelichting?: string; actorIds: string[]; uiterlijkOp?: string };
}

/** A frame on /api/realtime. */
export interface RealtimeEvent {
  type: string;
  data: Record<string, unknown>;
}

/** A colleague to hand a gesprek or contactverzoek to (GET /api/collegas): name and ids only. */
export interface Collega {
  medewerkerId: string;
  actorId: string;
  naam: string;
  teams: Ref[];
}

export interface TeamActor extends Ref {
  actorId: string;
}

export interface Collegas {
  results: Collega[];
  teams: TeamActor[];
}

/** A search hit from GET /api/partijen. */
export interface PartijSummary {
  id: string;
  nummer: string;
  soortPartij: string;
  volledigeNaam: string;
  geverifieerd: boolean;
}

export interface PartijZoekvraag {
  naam?: string;
  email?: string;
  telefoonnummer?: string;
  postcode?: string;
}

export interface NieuwePersoon {
  voornaam: string;
  achternaam: string;
  geboortedatum: string;
  postcode: string;
}

export interface Verzoek {
  id: string;
  nummer: string;
  onderwerp: string;
  status: string;
}
