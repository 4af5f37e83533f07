/**
 * The one list of Loket's channels and what each can do (issue 19). Server schemas, the pipeline's
 * channel rules, analytics and the desktop all read it; a channel is added here and nowhere else.
 * Pure data without imports, so the browser bundles may import it too (server code and desktop
 * share only contract modules like this one). Labels live in the desktop's i18n (`t.kanaal[code]`),
 * Dutch first; a test there checks that every code has one in both languages.
 */
export interface KanaalSpec {
  /** A citizen and an agent exchange messages in a gesprek on this channel (shown in the inbox). */
  gesprekken: boolean;
  /** Live written conversation, turn by turn: the bot may answer and analytics counts it as chat. */
  chat: boolean;
  /** The bot answers first on this channel when it is switched on. */
  bot: boolean;
  /**
   * Hours after the citizen's last message during which an agent may answer freely (Meta's customer
   * service window); null: no window.
   */
  antwoordvensterUren: number | null;
  /** Outside the window only approved templates go out (WhatsApp); otherwise nothing does (Messenger, Instagram). */
  sjablonenBuitenVenster: boolean;
  /** Loket can start a conversation on this channel (notifications, contactverzoek replies). */
  uitgaand: boolean;
  /** How an agent's reply can carry a file: 'link' (sent as a download link), or false (not at all). */
  bijlagen: 'link' | false;
  /** The conversation is spoken (telephone, counter): registered by the agent, not typed by the citizen. */
  telefonisch: boolean;
  /** The provider's limit for one message in characters (UTF-16 units); null: none that Loket enforces. */
  maxLengte: number | null;
  /** Replies reach the citizen over Loket's own socket (sent as they are stored), not through an outbound adapter. */
  overSocket: boolean;
  /**
   * How an agent answers in a gesprek on this channel: on the channel itself, by e-mail to an address
   * the citizen gave (a web form), or not in writing at all (a call, a desk visit).
   */
  antwoord: 'kanaal' | 'email' | false;
  /** A short satisfaction survey may follow a closed gesprek on this channel, when switched on (ENQUETE_KANALEN). */
  enquete: boolean;
  /** What identifies the citizen on this channel and reaches them again: an e-mail address, a phone number, or neither (a session, a platform id, a call). */
  inwonerAdres: 'email' | 'telefoonnummer' | null;
}

const GEEN: KanaalSpec = {
  gesprekken: false,
  chat: false,
  bot: false,
  antwoordvensterUren: null,
  sjablonenBuitenVenster: false,
  uitgaand: false,
  bijlagen: false,
  telefonisch: false,
  maxLengte: null,
  overSocket: false,
  antwoord: false,
  enquete: false,
  inwonerAdres: null,
};

/** In the order the desktop lists them. */
export const KANAAL_CATALOGUS = {
  telefoon: { ...GEEN, gesprekken: true, telefonisch: true },
  email: { ...GEEN, gesprekken: true, uitgaand: true, antwoord: 'kanaal', enquete: true, inwonerAdres: 'email' },
  webchat: { ...GEEN, gesprekken: true, chat: true, bot: true, overSocket: true, antwoord: 'kanaal', enquete: true },
  formulier: { ...GEEN, gesprekken: true, antwoord: 'email' },
  balie: { ...GEEN, gesprekken: true, telefonisch: true },
  whatsapp: {
    ...GEEN,
    gesprekken: true,
    chat: true,
    bot: true,
    antwoordvensterUren: 24,
    sjablonenBuitenVenster: true,
    uitgaand: true,
    bijlagen: 'link',
    maxLengte: 4096,
    antwoord: 'kanaal',
    enquete: true,
    inwonerAdres: 'telefoonnummer',
  },
  messenger: { ...GEEN, gesprekken: true, chat: true, bot: true, antwoordvensterUren: 24, maxLengte: 2000, antwoord: 'kanaal' },
  instagram: { ...GEEN, gesprekken: true, chat: true, bot: true, antwoordvensterUren: 24, maxLengte: 1000, antwoord: 'kanaal' },
  sms: {
    ...GEEN,
    gesprekken: true,
    chat: true,
    bot: true,
    uitgaand: true,
    maxLengte: 1600,
    antwoord: 'kanaal',
    inwonerAdres: 'telefoonnummer',
  },
  /** Registered by an agent as a klantcontact; no gesprek in Loket. */
  brief: GEEN,
  sociale_media: GEEN,
  /** A notification Loket sent on a zaak's or a task's event (src/gebeurtenissen). */
  gebeurtenis: GEEN,
} as const satisfies Record<string, KanaalSpec>;

export type KanaalCode = keyof typeof KANAAL_CATALOGUS;

export const KANAAL_CODES = Object.keys(KANAAL_CATALOGUS) as KanaalCode[];

/** The codes of the channels whose capability is `true`, as a type: `KanaalMet<'uitgaand'>` is 'email' | 'whatsapp' | 'sms'. */
export type KanaalMet<C extends keyof KanaalSpec> = {
  [K in KanaalCode]: (typeof KANAAL_CATALOGUS)[K][C] extends true ? K : never;
}[KanaalCode];

export function isKanaal(value: string): value is KanaalCode {
  return Object.hasOwn(KANAAL_CATALOGUS, value);
}

/** The channel's capabilities; an unknown code (an old row, a typo) can do nothing special. */
export function kanaalSpec(kanaal: string): KanaalSpec {
  return isKanaal(kanaal) ? KANAAL_CATALOGUS[kanaal] : GEEN;
}

/** Codes of the channels with a capability, in catalogue order. */
export function kanalenMet(test: (spec: KanaalSpec) => boolean): KanaalCode[] {
  return KANAAL_CODES.filter((code) => test(KANAAL_CATALOGUS[code]));
}
