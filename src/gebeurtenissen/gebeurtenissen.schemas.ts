import { Type, type Static, type TSchema } from 'typebox';
import { loadOpenApi } from '../platform/openapi/openapi-schemas.ts';
import { Nullable } from '../platform/http.ts';
import { fromRoot } from '../db/paden.ts';

/**
 * The Notificaties API's own `Message` schema (what Open Notificaties posts to an abonnement's
 * callback), read from the specification so the callback accepts exactly what the standard
 * sends and Fastify's 400 names the field that is wrong.
 */
const notificatiesSpec = loadOpenApi(fromRoot('standards', 'notificaties-openapi.yaml'));
export const NotificatieBody = Type.Unsafe<Notificatie>({
  ...(notificatiesSpec.components.schemas.Message as object),
  title: 'Notificatie',
} as TSchema);

export interface Notificatie {
  kanaal: string;
  source?: string;
  hoofdObject: string;
  resource: string;
  resourceUrl: string;
  actie: string;
  aanmaakdatum: string;
  kenmerken?: Record<string, string>;
}

/**
 * A CloudEvent 1.0 in structured mode. Extension attributes (the NL GOV profile's dataref,
 * sequence, sequencetype, ...) are kept as they come; their names are checked in the service.
 */
export const CloudEventBody = Type.Object(
  {
    specversion: Type.Literal('1.0'),
    id: Type.String({ minLength: 1, maxLength: 255 }),
    source: Type.String({ minLength: 1, maxLength: 1000, format: 'uri-reference' }),
    type: Type.String({ minLength: 1, maxLength: 255 }),
    time: Type.Optional(Type.String({ format: 'date-time' })),
    subject: Type.Optional(Type.String({ maxLength: 1000 })),
    datacontenttype: Type.Optional(Type.String({ maxLength: 255 })),
    dataschema: Type.Optional(Type.String({ maxLength: 1000, format: 'uri' })),
    data: Type.Optional(Type.Unknown()),
  },
  { additionalProperties: true, title: 'CloudEvent' },
);
export type CloudEventBody = Static<typeof CloudEventBody> & Record<string, unknown>;

export const Ontvangen = Type.Object({ id: Type.String(), dubbel: Type.Boolean() });

const Voorwaarde = Type.Object(
  {
    /** Dotted path into the event (and `zaak.` once the zaak is looked up), e.g. data.vulgraad. */
    pad: Type.String({ pattern: '^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$', maxLength: 200 }),
    operator: Type.Union(['==', '!=', '>', '>=', '<', '<=', 'bevat', 'bestaat'].map((o) => Type.Literal(o))),
    waarde: Type.Optional(Type.Union([Type.String({ maxLength: 500 }), Type.Number(), Type.Boolean()])),
  },
  { additionalProperties: false },
);
export type Voorwaarde = Static<typeof Voorwaarde>;

export const RegelMatch = Type.Object(
  {
    bron: Type.Union([Type.Literal('notificatie'), Type.Literal('cloudevent')]),
    kanaal: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
    resource: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    actie: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    /** URL or omschrijving of the zaak's zaaktype; looks the zaak up. */
    zaaktype: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
    /** URL or omschrijving of the status's statustype (of the notificatie's status, else the zaak's current one). */
    statustype: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
    source: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
    type: Type.Optional(Type.String({ minLength: 1, maxLength: 255 })),
    voorwaarden: Type.Optional(Type.Array(Voorwaarde, { maxItems: 20 })),
  },
  { additionalProperties: false },
);
export type RegelMatch = Static<typeof RegelMatch>;

const Sjabloon = (max: number) =>
  Type.String({ minLength: 1, maxLength: max, description: 'Tekst met {{variabelen}} uit de gebeurtenis en de zaak' });
/**
 * The approved WhatsApp template a rule's message goes out as when the partij's 24-hour window is
 * closed (Meta sends nothing else then); within the window the message goes as free text. The
 * template's text lives at Meta; Loket fills its body parameters ({{1}}, {{2}}, ...) in order.
 */
const WhatsappSjabloon = Type.Object(
  {
    naam: Type.String({ pattern: '^[a-z0-9_]{1,512}$', description: 'naam van het goedgekeurde sjabloon in WhatsApp Manager' }),
    taal: Type.String({ pattern: '^[a-z]{2,3}(_[A-Z]{2})?$', description: 'taalcode van het sjabloon, bv. nl of en_US' }),
    parameters: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 1024, description: 'Waarde van {{1}}, {{2}}, ...; mag {{variabelen}} bevatten' }), {
        maxItems: 20,
      }),
    ),
  },
  {
    additionalProperties: false,
    description: 'Goedgekeurd WhatsApp-sjabloon voor als het 24-uursvenster van de inwoner dicht is (daarbinnen gaat de tekst zelf)',
  },
);
export type WhatsappSjabloon = Static<typeof WhatsappSjabloon>;

export const RegelActie = Type.Union([
  Type.Object(
    {
      soort: Type.Literal('interne-taak'),
      team: Type.String({ minLength: 1, maxLength: 200 }),
      gevraagdeHandeling: Sjabloon(200),
      toelichting: Type.Optional(Sjabloon(1000)),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    { soort: Type.Literal('signaal'), titel: Sjabloon(200), tekst: Type.Optional(Sjabloon(2000)) },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      soort: Type.Literal('bericht'),
      onderwerp: Sjabloon(200),
      tekst: Sjabloon(4000),
      berichtsoort: Type.Optional(
        Type.String({
          minLength: 1,
          maxLength: 50,
          description: 'Soort bericht (bijv. afval): waarvoor een partij zich aan- of afmeldt; standaard algemeen',
        }),
      ),
      whatsappSjabloon: Type.Optional(WhatsappSjabloon),
      doelgroep: Type.Optional(
        Type.Object(
          {
            soort: Type.Union([Type.Literal('object'), Type.Literal('straat'), Type.Literal('adres')]),
            waarde: Sjabloon(200),
          },
          {
            additionalProperties: false,
            description:
              'Bericht over een plaats of object: naar de partijen die zich daarvoor aanmeldden (niet de betrokkenen van een zaak)',
          },
        ),
      ),
    },
    { additionalProperties: false },
  ),
]);
export type RegelActie = Static<typeof RegelActie>;

export const RegelBody = Type.Object(
  {
    naam: Type.String({ minLength: 1, maxLength: 200 }),
    actief: Type.Optional(Type.Boolean({ default: true })),
    match: RegelMatch,
    acties: Type.Array(RegelActie, { minItems: 1, maxItems: 10 }),
  },
  { additionalProperties: false },
);
export type RegelBody = Static<typeof RegelBody>;

export const ActieUitkomst = Type.Object({
  gebeurtenisId: Type.String(),
  regelId: Type.String(),
  actieIndex: Type.Integer(),
  soort: Type.String(),
  status: Type.String(),
  fout: Nullable(Type.String()),
  resultaat: Nullable(Type.Record(Type.String(), Type.Unknown())),
  uitgevoerdOp: Type.String(),
});
export type ActieUitkomst = Static<typeof ActieUitkomst>;

export const RegelResponse = Type.Object({
  id: Type.String(),
  naam: Type.String(),
  actief: Type.Boolean(),
  match: RegelMatch,
  acties: Type.Array(RegelActie),
  aangemaaktOp: Type.String(),
  gewijzigdOp: Type.String(),
  /** The latest outcomes of this rule's actions, failures included. */
  uitkomsten: Type.Array(ActieUitkomst),
});
export type RegelResponse = Static<typeof RegelResponse>;

export const ProefBody = Type.Object(
  { aantal: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })) },
  { additionalProperties: false },
);

export const ProefResponse = Type.Object({
  regelId: Type.String(),
  bekeken: Type.Integer(),
  uitkomsten: Type.Array(
    Type.Object({
      gebeurtenisId: Type.String(),
      soort: Type.String(),
      ontvangenOp: Type.String(),
      past: Type.Boolean(),
      fout: Nullable(Type.String()),
      acties: Type.Array(
        Type.Object({ soort: Type.String(), zou: Nullable(Type.Record(Type.String(), Type.Unknown())), fout: Nullable(Type.String()) }),
      ),
    }),
  ),
});
export type ProefResponse = Static<typeof ProefResponse>;

export const GebeurtenisResponse = Type.Object({
  id: Type.String(),
  bron: Type.String(),
  soort: Type.String(),
  inhoud: Type.Record(Type.String(), Type.Unknown()),
  ontvangenOp: Type.String(),
  status: Type.String(),
  pogingen: Type.Integer(),
  laatsteFout: Nullable(Type.String()),
  regelsGeraakt: Nullable(Type.Integer()),
  acties: Type.Array(ActieUitkomst),
});

export const GebeurtenissenQuery = Type.Object(
  {
    status: Type.Optional(Type.Union([Type.Literal('ontvangen'), Type.Literal('verwerkt'), Type.Literal('mislukt')])),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  },
  { additionalProperties: false },
);

export const SoortTelling = Type.Object({ bron: Type.String(), soort: Type.String(), aantal: Type.Integer(), zonderRegel: Type.Integer() });
