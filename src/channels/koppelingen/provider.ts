import type { IncomingHttpHeaders } from 'node:http';
import type { BerichtenApiConfig } from '../../config.ts';
import type { KoppelingKanaal } from '../../contract/kanaal-koppelingen.ts';
import type { InboundPipeline } from '../../conversations/inbound.service.ts';
import type { OutboundMessage } from '../../conversations/outbound.ts';
import type { KanaalSoort } from '../../db/schema.ts';
import type { Db } from '../../db/transaction.ts';

/** A channel connection with its secrets opened: what a provider module works with. */
export interface Koppeling {
  id: string;
  soort: KanaalSoort;
  kanaal: KoppelingKanaal;
  instellingen: Record<string, string>;
  geheimen: Record<string, string>;
}

/** A webhook request as it arrived: the raw bytes are what providers sign. */
export interface WebhookCall {
  raw: Buffer;
  headers: IncomingHttpHeaders;
  query: Record<string, string | undefined>;
  /** The URL the provider called, as it knows it (PUBLIC_URL + path and query). */
  url: string;
  now: Date;
}

export interface WebhookReply {
  status: number;
  contentType?: string;
  body: string | Record<string, unknown>;
}

export type Verdict = 'ok' | 'handtekening' | 'verlopen';

export interface WebhookDeps {
  db: Db;
  pipeline: InboundPipeline;
  apis: BerichtenApiConfig;
}

/** An approved WhatsApp template to send instead of free text. */
export interface Sjabloon {
  naam: string;
  taal: string;
  parameters: string[];
}

/** What an adapter needs beyond the message: the connection, the provider's API and the service window. */
export interface SendContext {
  koppeling: Koppeling;
  apis: BerichtenApiConfig;
  /** Where the provider reports delivery (Twilio's StatusCallback). */
  webhookUrl: string;
  /** When the citizen last wrote in this gesprek: WhatsApp's and Meta's 24-hour windows start there. */
  laatsteInkomend: Date | null;
  sjabloon?: Sjabloon | undefined;
  media?: { soort: 'image' | 'document' | 'audio' | 'video'; link: string; bijschrift?: string | undefined } | undefined;
  now: Date;
}

/**
 * One provider's wire format: checks a webhook's signature (before anything is stored), turns
 * its payload into pipeline calls and delivery statuses, and sends replies through its API.
 */
export interface KanaalProvider {
  verify(koppeling: Koppeling, call: WebhookCall): Verdict;
  receive(koppeling: Koppeling, call: WebhookCall, deps: WebhookDeps): Promise<WebhookReply>;
  /** Meta's GET subscription handshake: the reply, or undefined when the verify token is wrong. */
  handshake?(koppeling: Koppeling, call: WebhookCall): WebhookReply | undefined;
  send(message: OutboundMessage, ctx: SendContext): Promise<{ kanaalBerichtId?: string }>;
}
