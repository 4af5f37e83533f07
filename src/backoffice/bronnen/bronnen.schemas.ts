import { Type, type Static } from 'typebox';

/** The beheer API's contract for sources; the desktop's beheer screen is built against it. */
export const BRP_DOELBINDING = 'Identificatie en verificatie van de klant (KCC)';
export const ZAKEN_REGISTER = 'openzaak';
export const ZAKEN_TIMEOUT_MS = 3000;

const HttpUrl = Type.String({ format: 'uri', pattern: '^https?://', maxLength: 1000 });
const Timeout = Type.Integer({ minimum: 100, maximum: 30_000, description: 'Hoe lang Loket op deze bron wacht (ms)' });

export const BrpInstellingen = Type.Object(
  {
    apiUrl: Type.String({ ...HttpUrl, description: 'Basis-URL van de BRP API Personen (zonder /personen)' }),
    authenticatie: Type.Union([Type.Literal('api-key'), Type.Literal('oauth2'), Type.Literal('certificaat')], {
      description:
        'api-key: geheim apiKey (X-API-Key); oauth2: tokenUrl, clientId, geheim clientSecret; certificaat: certificaat (PEM), geheim sleutel',
    }),
    tokenUrl: Type.Optional(HttpUrl),
    clientId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    scope: Type.Optional(Type.String({ maxLength: 500 })),
    certificaat: Type.Optional(Type.String({ maxLength: 20_000, description: 'Clientcertificaat (PEM) voor mTLS' })),
    extraHeaders: Type.Optional(
      Type.Record(Type.String({ pattern: "^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}$" }), Type.String({ maxLength: 1000 }), {
        description: 'Bijv. x-doelbinding, x-verwerking, x-origin-oin voor de gateway',
      }),
    ),
    doelbinding: Type.Optional(
      Type.String({ minLength: 1, maxLength: 500, description: `Doel in de verwerkingenlog; standaard "${BRP_DOELBINDING}"` }),
    ),
    timeoutMs: Type.Optional(Timeout),
  },
  { additionalProperties: false },
);
export type BrpInstellingen = Static<typeof BrpInstellingen>;

export const ZakenInstellingen = Type.Object(
  {
    zakenApiUrl: Type.String({ ...HttpUrl, description: 'Basis-URL van de Zaken API, bijv. https://openzaak.gemeente.nl/zaken/api/v1' }),
    catalogiApiUrl: Type.String({ ...HttpUrl, description: 'Basis-URL van de Catalogi API' }),
    clientId: Type.String({ minLength: 1, maxLength: 200 }),
    register: Type.Optional(
      Type.String({ minLength: 1, maxLength: 100, description: `codeRegister van gekoppelde zaken; standaard "${ZAKEN_REGISTER}"` }),
    ),
    timeoutMs: Type.Optional(Timeout),
  },
  { additionalProperties: false },
);
export type ZakenInstellingen = Static<typeof ZakenInstellingen>;

export const BronSoortSchema = Type.Union([Type.Literal('brp'), Type.Literal('zaken')]);
const Geheimen = Type.Record(Type.String({ maxLength: 50 }), Type.String({ minLength: 1, maxLength: 20_000 }), {
  description:
    'brp: apiKey | clientSecret | sleutel (naar authenticatie); zaken: secret. Versleuteld bewaard, nooit teruggegeven; weggelaten = ongewijzigd.',
});

export const BronBody = Type.Object(
  {
    soort: BronSoortSchema,
    naam: Type.String({ minLength: 1, maxLength: 200 }),
    actief: Type.Optional(Type.Boolean()),
    instellingen: Type.Union([BrpInstellingen, ZakenInstellingen]),
    geheimen: Type.Optional(Geheimen),
  },
  { additionalProperties: false },
);
export type BronBody = Static<typeof BronBody>;

export const BronResponse = Type.Object({
  id: Type.String(),
  soort: BronSoortSchema,
  naam: Type.String(),
  herkomst: Type.Union([Type.Literal('omgeving'), Type.Literal('beheer')]),
  actief: Type.Boolean(),
  instellingen: Type.Object({}, { additionalProperties: true, description: 'Alles behalve de geheimen' }),
  geheimenIngesteld: Type.Array(Type.String()),
});

export const BronParams = Type.Object({ id: Type.String({ pattern: '^(omgeving-(brp|zaken)|[0-9a-fA-F-]{36})$' }) });

export const TestUitslag = Type.Object({ ok: Type.Boolean(), melding: Type.String(), duurMs: Type.Integer() });
