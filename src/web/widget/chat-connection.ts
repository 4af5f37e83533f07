import type { BotBron } from '../../contract/bot-bron.ts';

/** A chat message as the server sends it to the widget. */
export interface ChatMessage {
  id: string;
  van: 'inwoner' | 'gemeente';
  tekst: string;
  verzondenOp: string;
  clientId: string | null;
  /** A bot answer: the widget asks "was this helpful?" under it. */
  beoordeelbaar?: boolean;
  /** The bot handed the chat to the agents. */
  overgedragen?: boolean;
  /** A bot answer: the article it came from and how sure the bot was. */
  bron?: BotBron;
}

export interface ConnectionEvents {
  onMessage(message: ChatMessage): void;
  onHistory(messages: ChatMessage[]): void;
  onTyping(): void;
  onState(state: 'verbinden' | 'verbonden' | 'weg'): void;
  /** The gesprek was closed and the survey is offered, with its token. */
  onSurvey?(token: string): void;
}

const STORAGE_KEY = 'loket-chat';

interface Stored {
  token: string;
  sessieId: string;
  outbox: { clientId: string; tekst: string }[];
}

/**
 * The widget's link to Loket: a session kept in sessionStorage (so a page reload continues the
 * chat), a socket that reconnects with back-off, and an outbox of messages not yet confirmed,
 * resent with their own ids after a reconnect (the server stores each id once).
 */
export class ChatConnection {
  #socket: WebSocket | undefined;
  #retry = 0;
  #closed = false;
  #lastTyping = 0;
  #state: Stored | undefined;

  constructor(
    private readonly base: string,
    private readonly taal: string,
    private readonly events: ConnectionEvents,
  ) {
    try {
      this.#state = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as Stored | undefined;
    } catch {
      this.#state = undefined;
    }
  }

  get token(): string | undefined {
    return this.#state?.token;
  }

  get pending(): { clientId: string; tekst: string }[] {
    return this.#state?.outbox ?? [];
  }

  /**
   * Starts (or continues) the chat. `identiteitToken` is the ID token of an inwoner who logged in
   * on the website; when Loket refuses it the chat starts anonymous and `loginRefused` is true.
   */
  async start(identiteitToken?: string): Promise<{ loginRefused: boolean }> {
    let loginRefused = false;
    if (!this.#state) {
      const create = (token?: string) =>
        fetch(`${this.base}/api/webchat/sessies`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ paginaUrl: location.href.slice(0, 2000), taal: this.taal, ...(token ? { identiteitToken: token } : {}) }),
        });
      let response = await create(identiteitToken);
      if (identiteitToken && (response.status === 401 || response.status === 400)) {
        loginRefused = true;
        response = await create();
      }
      if (!response.ok) throw new Error(`sessie: ${response.status}`);
      const { token, sessieId } = (await response.json()) as { token: string; sessieId: string };
      this.#state = { token, sessieId, outbox: [] };
      this.#save();
    }
    this.#connect();
    return { loginRefused };
  }

  send(tekst: string): string {
    const clientId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    this.#state?.outbox.push({ clientId, tekst });
    this.#save();
    this.#transmit({ type: 'bericht', clientId, tekst });
    return clientId;
  }

  typing(): void {
    if (Date.now() - this.#lastTyping < 3000) return;
    this.#lastTyping = Date.now();
    this.#transmit({ type: 'typen' });
  }

  stop(): void {
    this.#closed = true;
    this.#socket?.close();
  }

  #save() {
    if (this.#state) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(this.#state));
  }

  #transmit(frame: object) {
    if (this.#socket?.readyState === WebSocket.OPEN) this.#socket.send(JSON.stringify(frame));
  }

  #connect() {
    if (!this.#state) return;
    this.events.onState('verbinden');
    const socket = new WebSocket(`${this.base.replace(/^http/, 'ws')}/api/webchat/ws`);
    this.#socket = socket;
    socket.addEventListener('open', () => socket.send(JSON.stringify({ type: 'aanmelden', token: this.#state!.token })));
    socket.addEventListener('message', (event) => this.#receive(JSON.parse(String(event.data)) as Record<string, unknown>));
    socket.addEventListener('close', (event) => {
      if (this.#closed) return;
      if (event.code === 4401) {
        // The session expired: start a fresh one rather than retrying a dead token.
        sessionStorage.removeItem(STORAGE_KEY);
        this.#state = undefined;
        void this.start();
        return;
      }
      this.events.onState('weg');
      const delay = Math.min(15_000, 1000 * 2 ** this.#retry++);
      setTimeout(() => this.#connect(), delay);
    });
  }

  #receive(frame: Record<string, unknown>) {
    if (frame.type === 'aangemeld') {
      this.#retry = 0;
      this.events.onState('verbonden');
      const history = frame.berichten as ChatMessage[];
      this.#confirm(history);
      this.events.onHistory(history);
      for (const message of this.pending) this.#transmit({ type: 'bericht', ...message });
    } else if (frame.type === 'bericht') {
      const message = frame.bericht as ChatMessage;
      this.#confirm([message]);
      this.events.onMessage(message);
    } else if (frame.type === 'typen') {
      this.events.onTyping();
    } else if (frame.type === 'enquete' && typeof frame.token === 'string') {
      this.events.onSurvey?.(frame.token);
    }
  }

  #confirm(messages: ChatMessage[]) {
    if (!this.#state) return;
    const confirmed = new Set(messages.map((m) => m.clientId));
    this.#state.outbox = this.#state.outbox.filter((m) => !confirmed.has(m.clientId));
    this.#save();
  }
}
