import { Type, type Static } from 'typebox';
import { Nullable } from '../platform/http.ts';

/** Request and response shapes of the partijen API; they also feed the OpenAPI document. */
export const Adres = Type.Object(
  {
    straatnaam: Type.Optional(Type.String({ maxLength: 255 })),
    huisnummer: Type.Optional(Type.Integer({ minimum: 0, maximum: 99999 })),
    huisnummertoevoeging: Type.Optional(Type.String({ maxLength: 20 })),
    postcode: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{3} ?[A-Za-z]{2}$' })),
    stad: Type.Optional(Type.String({ maxLength: 255 })),
    land: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$' })),
    nummeraanduidingId: Type.Optional(Type.String({ maxLength: 16 })),
  },
  { additionalProperties: false },
);

export const Identificator = Type.Object(
  {
    codeObjecttype: Type.Union([Type.Literal('natuurlijk_persoon'), Type.Literal('niet_natuurlijk_persoon'), Type.Literal('vestiging')]),
    codeSoortObjectId: Type.Union([
      Type.Literal('bsn'),
      Type.Literal('vestigingsnummer'),
      Type.Literal('kvk_nummer'),
      Type.Literal('rsin'),
    ]),
    objectId: Type.String({ minLength: 1, maxLength: 200 }),
    codeRegister: Type.Union([Type.Literal('brp'), Type.Literal('hr')]),
  },
  { additionalProperties: false },
);
export type IdentificatorInput = Static<typeof Identificator>;

export const SoortDigitaalAdres = Type.Union([Type.Literal('email'), Type.Literal('telefoonnummer'), Type.Literal('overig')]);

export const DigitaalAdresInput = Type.Object(
  {
    soortDigitaalAdres: SoortDigitaalAdres,
    adres: Type.String({ minLength: 1, maxLength: 80 }),
    omschrijving: Type.Optional(Type.String({ maxLength: 40 })),
    isStandaardAdres: Type.Optional(Type.Boolean()),
    verificatieDatum: Type.Optional(Type.String({ format: 'date-time' })),
  },
  { additionalProperties: false },
);
export type DigitaalAdresInput = Static<typeof DigitaalAdresInput>;

const Naam = {
  voorletters: Type.Optional(Type.String({ maxLength: 10 })),
  voornaam: Type.Optional(Type.String({ maxLength: 200 })),
  voorvoegselAchternaam: Type.Optional(Type.String({ maxLength: 10 })),
  achternaam: Type.Optional(Type.String({ maxLength: 200 })),
};

const PartijFields = {
  ...Naam,
  organisatieNaam: Type.Optional(Type.String({ maxLength: 200 })),
  werkteVoorPartijId: Type.Optional(Type.String({ format: 'uuid' })),
  // PostgreSQL's calendar has no year 0, which the JSON-schema date format allows.
  geboortedatum: Type.Optional(Type.String({ format: 'date', pattern: '^(?!0000)' })),
  bezoekadres: Type.Optional(Adres),
  correspondentieadres: Type.Optional(Adres),
  interneNotitie: Type.Optional(Type.String({ maxLength: 1000 })),
  indicatieGeheimhouding: Type.Optional(Type.Boolean()),
  indicatieActief: Type.Optional(Type.Boolean()),
  voorkeurstaal: Type.Optional(Type.String({ pattern: '^[a-z]{3}$' })),
  geverifieerd: Type.Optional(Type.Boolean()),
};

export const NewPartijBody = Type.Object(
  {
    soortPartij: Type.Union([Type.Literal('persoon'), Type.Literal('organisatie'), Type.Literal('contactpersoon')]),
    ...PartijFields,
    identificatoren: Type.Optional(Type.Array(Identificator, { maxItems: 10 })),
    digitaleAdressen: Type.Optional(Type.Array(DigitaalAdresInput, { maxItems: 20 })),
  },
  { additionalProperties: false },
);
export type NewPartijBody = Static<typeof NewPartijBody>;

export const PartijPatchBody = Type.Object(PartijFields, { additionalProperties: false, minProperties: 1 });
export type PartijPatchBody = Static<typeof PartijPatchBody>;

export const PartijParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export const PartijSearchQuery = Type.Object(
  {
    naam: Type.Optional(Type.String({ minLength: 2, maxLength: 100 })),
    bsn: Type.Optional(Type.String({ pattern: '^[0-9]{9}$' })),
    email: Type.Optional(Type.String({ maxLength: 254 })),
    telefoonnummer: Type.Optional(Type.String({ maxLength: 30 })),
    postcode: Type.Optional(Type.String({ maxLength: 7 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  },
  { additionalProperties: false },
);
export type PartijSearchQuery = Static<typeof PartijSearchQuery>;

export const DigitaalAdresResponse = Type.Object({
  id: Type.String(),
  soortDigitaalAdres: Type.String(),
  adres: Type.String(),
  omschrijving: Nullable(Type.String()),
  isStandaardAdres: Type.Boolean(),
  verificatieDatum: Nullable(Type.String()),
});

export const IdentificatorResponse = Type.Object({
  id: Type.String(),
  codeObjecttype: Type.String(),
  codeSoortObjectId: Type.String(),
  objectId: Type.String(),
  codeRegister: Type.String(),
});

export const PartijResponse = Type.Object({
  id: Type.String(),
  nummer: Type.String(),
  soortPartij: Type.String(),
  volledigeNaam: Type.String(),
  voorletters: Nullable(Type.String()),
  voornaam: Nullable(Type.String()),
  voorvoegselAchternaam: Nullable(Type.String()),
  achternaam: Nullable(Type.String()),
  organisatieNaam: Nullable(Type.String()),
  werkteVoorPartijId: Nullable(Type.String()),
  geboortedatum: Nullable(Type.String()),
  bezoekadres: Nullable(Type.Record(Type.String(), Type.Unknown())),
  correspondentieadres: Nullable(Type.Record(Type.String(), Type.Unknown())),
  interneNotitie: Nullable(Type.String()),
  indicatieGeheimhouding: Type.Boolean(),
  indicatieActief: Type.Boolean(),
  voorkeurstaal: Type.String(),
  geverifieerd: Type.Boolean(),
  identificatoren: Type.Array(IdentificatorResponse),
  digitaleAdressen: Type.Array(DigitaalAdresResponse),
  aangemaaktOp: Type.String(),
});
export type PartijResponse = Static<typeof PartijResponse>;

export const PartijSummary = Type.Object({
  id: Type.String(),
  nummer: Type.String(),
  soortPartij: Type.String(),
  volledigeNaam: Type.String(),
  geverifieerd: Type.Boolean(),
});
