import type { paths } from './generated/openapi.ts';

/**
 * The shapes the desktop reads from Loket's API, taken from the types generated from the server's
 * OpenAPI document (generated/openapi.ts; `npm run gen:api-types`), so they cannot drift from the
 * server (issue 19). Browser code does not import server code; the document is the contract.
 * The unions below name the values the desktop branches on; the server documents them as strings.
 */
export type GesprekStatus = 'open' | 'toegewezen' | 'wacht_op_klant' | 'afgehandeld';
export type Richting = 'inkomend' | 'uitgaand' | 'notitie';
export type Bezorgstatus = 'wachtrij' | 'verzonden' | 'afgeleverd' | 'gelezen' | 'mislukt';
export type PresenceStatus = 'beschikbaar' | 'pauze' | 'offline';

type Methode = 'get' | 'post' | 'put' | 'patch' | 'delete';
type JsonVan<T> = T extends { content: { 'application/json': infer B } } ? B : never;

/** The JSON body of a route's success answer (200, else 201) in the generated contract. */
export type Antwoord<P extends keyof paths, M extends Methode = 'get'> =
  paths[P] extends Record<M, { responses: infer R }>
    ? R extends { 200: infer O }
      ? JsonVan<O>
      : R extends { 201: infer C }
        ? JsonVan<C>
        : never
    : never;

/** The JSON body a route takes. */
export type Invoer<P extends keyof paths, M extends Methode = 'post'> =
  paths[P] extends Record<M, { requestBody?: infer B }> ? JsonVan<NonNullable<B>> : never;

export interface Ref {
  id: string;
  naam: string;
}

export type Session = Antwoord<'/api/auth/me'>;
export type Medewerker = Session['medewerker'];

export type InboxItem = Antwoord<'/api/inbox'>['results'][number];

export type Gesprek = Antwoord<'/api/gesprekken/{id}'>;
export type Bericht = Gesprek['berichten'][number];
/** A file that came with a message; the content is at GET /api/gesprekken/:id/bijlagen/:bijlageId. */
export type Bijlage = Bericht['bijlagen'][number];

/** What the gesprek's channel allows now (GET /api/gesprekken/:id/kanaalgrenzen). */
export type Kanaalgrenzen = Antwoord<'/api/gesprekken/{id}/kanaalgrenzen'>;

type VolledigePartij = Antwoord<'/api/partijen/{id}'>;
export type DigitaalAdres = VolledigePartij['digitaleAdressen'][number];

/**
 * A partij as GET /api/partijen/:id gives it, or as GET /api/gesprekken/:id/partij gives it before
 * the citizen is verified: then `gemaskeerd` is true and the personal details are left out.
 */
export type Partij = Pick<VolledigePartij, 'id' | 'soortPartij' | 'identificatoren' | 'digitaleAdressen'> &
  Partial<Omit<VolledigePartij, 'id' | 'soortPartij' | 'identificatoren' | 'digitaleAdressen' | 'volledigeNaam' | 'geboortedatum'>> & {
    volledigeNaam: string | null;
    geboortedatum: string | null;
    gemaskeerd?: boolean;
  };

export type TijdlijnItem = Antwoord<'/api/partijen/{id}/tijdlijn'>['items'][number];
export type TijdlijnSoort = TijdlijnItem['soort'];

export type KennisArtikel = Antwoord<'/api/kennisbank/search'>['results'][number];

export type TeamleiderOverzicht = Antwoord<'/api/teamleider/overzicht'>;

export type Afhandeling = Invoer<'/api/gesprekken/{id}/afhandeling'>;

/** A frame on /api/realtime. */
export interface RealtimeEvent {
  type: string;
  data: Record<string, unknown>;
}

/** Colleagues to hand a gesprek or contactverzoek to (GET /api/collegas): names and ids only. */
export type Collegas = Antwoord<'/api/collegas'>;
export type Collega = Collegas['results'][number];
export type TeamActor = Collegas['teams'][number];

/** A search hit from GET /api/partijen. */
export type PartijSummary = Antwoord<'/api/partijen'>['results'][number];

/** The search fields of GET /api/partijen the desktop fills in. */
export type PartijZoekvraag = Pick<
  NonNullable<paths['/api/partijen']['get']['parameters']['query']>,
  'naam' | 'email' | 'telefoonnummer' | 'postcode'
>;

export type Verzoek = Antwoord<'/api/verzoeken', 'post'>;

/** A partij registered inside a gesprek, and that it counts as verified there. */
export type RegistratieInGesprek = Antwoord<'/api/gesprekken/{id}/partij', 'post'>;

/** What the desktop's "new person" form asks for (POST /api/partijen takes it in its own shape). */
export interface NieuwePersoon {
  voornaam: string;
  achternaam: string;
  geboortedatum: string;
  postcode: string;
  /** Optional: the rest of the address, when the caller gives it. */
  straatnaam?: string;
  huisnummer?: number;
  huisnummertoevoeging?: string;
}
