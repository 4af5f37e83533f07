import { Type, type Static } from 'typebox';
import { KANAAL_CODES, type KanaalCode } from '../contract/kanalen.ts';
import { Nullable } from '../platform/http.ts';

/** Channels Loket knows (src/contract/kanalen.ts); the standard leaves kanaal free text, Loket keeps it to known names. */
export const KANALEN: readonly KanaalCode[] = KANAAL_CODES;
export const Kanaal = Type.Enum(KANAAL_CODES);
export type Kanaal = KanaalCode;

export const ObjectIdentificator = Type.Object(
  {
    codeObjecttype: Type.String({ minLength: 1, maxLength: 200 }),
    codeRegister: Type.String({ minLength: 1, maxLength: 200 }),
    codeSoortObjectId: Type.String({ minLength: 1, maxLength: 200 }),
    objectId: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);
export type ObjectIdentificator = Static<typeof ObjectIdentificator>;

export const BetrokkeneInput = Type.Object(
  {
    partijId: Type.Optional(Type.String({ format: 'uuid' })),
    rol: Type.Union([Type.Literal('klant'), Type.Literal('vertegenwoordiger')]),
    initiator: Type.Optional(Type.Boolean()),
    organisatienaam: Type.Optional(Type.String({ maxLength: 200 })),
    contactnaam: Type.Optional(
      Type.Object(
        {
          voorletters: Type.Optional(Type.String({ maxLength: 10 })),
          voornaam: Type.Optional(Type.String({ maxLength: 200 })),
          voorvoegselAchternaam: Type.Optional(Type.String({ maxLength: 10 })),
          achternaam: Type.Optional(Type.String({ maxLength: 200 })),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type BetrokkeneInput = Static<typeof BetrokkeneInput>;

export const NewKlantcontactBody = Type.Object(
  {
    kanaal: Kanaal,
    onderwerp: Type.String({ minLength: 1, maxLength: 200 }),
    inhoud: Type.Optional(Type.String({ maxLength: 20_000 })),
    reactie: Type.Optional(Type.String({ maxLength: 4000 })),
    plaatsgevondenOp: Type.Optional(Type.String({ format: 'date-time' })),
    indicatieContactGelukt: Type.Optional(Type.Boolean()),
    taal: Type.Optional(Type.String({ pattern: '^[a-z]{3}$' })),
    vertrouwelijk: Type.Optional(Type.Boolean()),
    verzoekId: Type.Optional(Type.String({ format: 'uuid' })),
    betrokkenen: Type.Optional(Type.Array(BetrokkeneInput, { maxItems: 10 })),
    onderwerpobjecten: Type.Optional(Type.Array(ObjectIdentificator, { maxItems: 10 })),
  },
  { additionalProperties: false },
);
export type NewKlantcontactBody = Static<typeof NewKlantcontactBody>;

export { IdParams } from '../platform/http.ts';

export const KlantcontactResponse = Type.Object({
  id: Type.String(),
  nummer: Type.String(),
  kanaal: Type.String(),
  onderwerp: Type.String(),
  inhoud: Nullable(Type.String()),
  reactie: Nullable(Type.String()),
  plaatsgevondenOp: Type.String(),
  indicatieContactGelukt: Nullable(Type.Boolean()),
  taal: Type.String(),
  vertrouwelijk: Type.Boolean(),
  verzoekId: Nullable(Type.String()),
  betrokkenen: Type.Array(
    Type.Object({
      id: Type.String(),
      partijId: Nullable(Type.String()),
      rol: Type.String(),
      initiator: Type.Boolean(),
      volledigeNaam: Nullable(Type.String()),
    }),
  ),
  onderwerpobjecten: Type.Array(Type.Object({ id: Type.String(), ...ObjectIdentificator.properties })),
  actoren: Type.Array(Type.Object({ id: Type.String(), naam: Type.String(), soortActor: Type.String() })),
  interneTaken: Type.Array(Type.Object({ id: Type.String(), nummer: Type.String(), status: Type.String() })),
});
export type KlantcontactResponse = Static<typeof KlantcontactResponse>;

export const NewVerzoekBody = Type.Object(
  {
    partijId: Type.Optional(Type.String({ format: 'uuid' })),
    onderwerp: Type.String({ minLength: 1, maxLength: 200 }),
    omschrijving: Type.Optional(Type.String({ maxLength: 4000 })),
  },
  { additionalProperties: false },
);
export type NewVerzoekBody = Static<typeof NewVerzoekBody>;

export const VerzoekResponse = Type.Object({
  id: Type.String(),
  nummer: Type.String(),
  partijId: Nullable(Type.String()),
  onderwerp: Type.String(),
  omschrijving: Nullable(Type.String()),
  status: Type.String(),
  aangemaaktOp: Type.String(),
  afgehandeldOp: Nullable(Type.String()),
  klantcontacten: Type.Array(
    Type.Object({ id: Type.String(), kanaal: Type.String(), onderwerp: Type.String(), plaatsgevondenOp: Type.String() }),
  ),
});
export type VerzoekResponse = Static<typeof VerzoekResponse>;
