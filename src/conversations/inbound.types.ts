import { Type, type Static } from 'typebox';
import { Kanaal } from '../contacts/contacts.schemas.ts';

/**
 * An inbound message in Loket's normalised shape. Every channel adapter turns its wire format
 * (MIME, a webhook, a chat frame) into this before handing it to the pipeline.
 */
export const InboundMessage = Type.Object({
  kanaal: Kanaal,
  /** The channel's own id (Message-ID, provider message id, chat client id): the dedup key. */
  kanaalBerichtId: Type.String({ minLength: 1, maxLength: 500 }),
  afzender: Type.Union([
    Type.Object({
      soort: Type.Union([Type.Literal('email'), Type.Literal('telefoonnummer'), Type.Literal('overig')]),
      adres: Type.String({ minLength: 1, maxLength: 254 }),
      naam: Type.Optional(Type.String({ maxLength: 200 })),
    }),
    Type.Null(),
  ]),
  draad: Type.Object({
    /** A key that identifies the thread on its channel: a chat session, a call id, a WhatsApp contact. */
    externeId: Type.Optional(Type.String({ maxLength: 500 })),
    /** Ids of earlier messages this one answers (e-mail In-Reply-To and References). */
    antwoordOp: Type.Optional(Type.Array(Type.String({ maxLength: 500 }), { maxItems: 100 })),
  }),
  onderwerp: Type.Optional(Type.String({ maxLength: 500 })),
  tekst: Type.String({ maxLength: 100_000 }),
  html: Type.Optional(Type.String({ maxLength: 1_000_000 })),
  bijlagen: Type.Optional(
    Type.Array(
      Type.Object({
        bestandsnaam: Type.String({ maxLength: 255 }),
        contentType: Type.String({ maxLength: 255 }),
        inhoudBase64: Type.String(),
      }),
      { maxItems: 50 },
    ),
  ),
  verzondenOp: Type.Optional(Type.String({ format: 'date-time' })),
  /**
   * Who wrote this, as the channel itself checked it (the chat widget's login from the website):
   * the gesprek is linked to that partij and counts as verified. Never taken from a sender's word.
   */
  identiteit: Type.Optional(
    Type.Object({ partijId: Type.String({ format: 'uuid' }), methode: Type.String({ minLength: 1, maxLength: 200 }) }),
  ),
  /** Channel details worth keeping: the web page a chat started on, a call's queue. */
  metadata: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
});
export type InboundMessage = Static<typeof InboundMessage>;
