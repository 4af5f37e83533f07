/**
 * The cache keys of the desktop's queries, one root per API resource and narrower keys below it,
 * so invalidating a root (`['interne-taken']`) refreshes every list and detail of that resource.
 * Live events (live-keys.ts) and mutations invalidate through these, never through literal arrays.
 * Parameters are plain values, so this file needs no page's types.
 */
export const keys = {
  me: () => ['auth', 'me'] as const,
  oidc: () => ['auth', 'oidc'] as const,
  aanwezigheid: () => ['aanwezigheid'] as const,
  collegas: () => ['collegas'] as const,

  inbox: () => ['inbox'] as const,
  inboxLijsten: () => ['inbox', 'lijst'] as const,
  inboxLijst: (filter: object) => ['inbox', 'lijst', filter] as const,
  inboxAantallen: () => ['inbox', 'aantallen'] as const,
  labels: () => ['labels'] as const,

  /** The gesprek with its messages; its partij has a key of its own, as it changes on other events. */
  gesprek: (id: string) => ['gesprekken', id, 'detail'] as const,
  /** The partij of a gesprek (masked or full, with its timeline once verified). */
  gesprekPartij: (id: string) => ['gesprekken', id, 'partij'] as const,
  /** The bot's newest open draft answer to an e-mail gesprek. */
  botConcept: (id: string) => ['gesprekken', id, 'botconcept'] as const,

  /** Everything of one partij: its details, timeline and cases (after a merge all of it changes). */
  partijAlles: (id: string) => ['partijen', id] as const,
  partij: (id: string) => ['partijen', id, 'gegevens'] as const,
  partijTijdlijn: (id: string) => ['partijen', id, 'tijdlijn'] as const,
  zaken: (partijId: string, gesprekId?: string) => ['partijen', partijId, 'zaken', { gesprekId }] as const,
  zaakHistorie: (partijId: string, zaakUrl: string, gesprekId?: string) =>
    ['partijen', partijId, 'zaken', 'historie', { zaakUrl, gesprekId }] as const,

  taken: () => ['interne-taken'] as const,
  takenLijsten: () => ['interne-taken', 'lijst'] as const,
  takenLijst: (voor: string, alleenOpen: boolean) => ['interne-taken', 'lijst', { voor, alleenOpen }] as const,
  taak: (id: string) => ['interne-taken', 'taak', id] as const,
  taakPartij: (klantcontactId: string) => ['klantcontacten', klantcontactId, 'partij'] as const,
  coordinatie: () => ['interne-taken', 'coordinatie'] as const,

  zoeken: (q: string, status: string) => ['zoeken', { q, status }] as const,

  kennisbank: () => ['kennisbank'] as const,
  artikelLijsten: () => ['kennisbank', 'artikelen'] as const,
  artikelen: (filter: object) => ['kennisbank', 'artikelen', filter] as const,
  artikel: (id: string) => ['kennisbank', 'artikel', id] as const,
  coaching: () => ['kennisbank', 'coaching'] as const,

  kwaliteit: () => ['kwaliteit'] as const,
  kwaliteitRapport: (filter: object) => ['kwaliteit', 'rapport', filter] as const,
  kwaliteitGesprek: (id: string) => ['kwaliteit', 'gesprek', id] as const,
  kennishiaten: (periode: object) => ['kwaliteit', 'kennishiaten', periode] as const,
  zinnen: () => ['kwaliteit', 'zinnen'] as const,

  analyse: (view: string, ...params: unknown[]) => ['analyse', view, ...params] as const,
  teamleider: () => ['teamleider', 'overzicht'] as const,
  xla: (van: string, tot: string, per: string) => ['xla', { van, tot, per }] as const,

  bronnen: () => ['beheer', 'bronnen'] as const,
  medewerkers: () => ['beheer', 'medewerkers'] as const,
  teams: () => ['beheer', 'teams'] as const,
  afdelingen: () => ['beheer', 'afdelingen'] as const,
  apiTokens: () => ['beheer', 'api-tokens'] as const,
  regels: () => ['beheer', 'regels'] as const,
  gebeurtenissen: () => ['beheer', 'gebeurtenissen'] as const,
  servicenormen: () => ['beheer', 'servicenormen'] as const,
  bewaartermijnen: () => ['beheer', 'bewaartermijnen'] as const,
  kanalen: () => ['beheer', 'kanalen'] as const,
  formulieren: () => ['beheer', 'formulieren'] as const,
  verwerkingen: (filter: object) => ['beheer', 'verwerkingen', filter] as const,
  /** Failed inbound messages and failed follow-ups: one root, as a retry moves an item out of both lists' view. */
  nietVerwerkt: () => ['beheer', 'niet-verwerkt'] as const,
  inlogpogingen: () => ['beheer', 'inlogpogingen'] as const,
};
