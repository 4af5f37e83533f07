import { Type } from 'typebox';

/** Request and response shapes of conversation analytics. */
export const MAX_SEGMENTS = 5000;

export const AnalyzeBody = Type.Object(
  {
    segments: Type.Array(
      Type.Object(
        {
          speaker: Type.Union([Type.Literal('agent'), Type.Literal('klant')]),
          start: Type.Number({ minimum: 0 }),
          end: Type.Number({ minimum: 0 }),
          text: Type.String({ maxLength: 5000 }),
        },
        { additionalProperties: false },
      ),
      { maxItems: MAX_SEGMENTS },
    ),
    phrases: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 200 })),
    silenceSeconds: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 3600 })),
    verifiedAtSegment: Type.Optional(Type.Union([Type.Integer({ minimum: 0 }), Type.Null()])),
  },
  { additionalProperties: false },
);

export const Analysis = Type.Object({
  silences: Type.Array(Type.Object({ start: Type.Number(), end: Type.Number(), afterSegment: Type.Integer() })),
  verifiedAtSegment: Type.Union([Type.Integer(), Type.Null()]),
  disclosures: Type.Array(Type.Object({ segment: Type.Integer(), kind: Type.String(), beforeVerification: Type.Boolean() })),
  phrases: Type.Array(Type.Object({ segment: Type.Integer(), phrase: Type.String() })),
});

const Figures = {
  gesprekken: Type.Integer(),
  telefoongesprekken: Type.Integer(),
  chats: Type.Integer(),
  metOvertreding: Type.Integer(),
  overtredingen: Type.Integer(),
  stiltes: Type.Integer(),
  stiltesPerGesprek: Type.Number(),
  stilteSeconden: Type.Number(),
  zinAlerts: Type.Integer(),
};
const NullableString = Type.Union([Type.String(), Type.Null()]);
const Datum = Type.String({ format: 'date' });

export const KwaliteitQuery = Type.Object(
  {
    van: Type.Optional(Datum),
    tot: Type.Optional(Datum),
    medewerkerId: Type.Optional(Type.String({ format: 'uuid' })),
    teamId: Type.Optional(Type.String({ format: 'uuid' })),
  },
  { additionalProperties: false },
);

export const KwaliteitRapport = Type.Object({
  medewerkers: Type.Array(Type.Object({ medewerkerId: NullableString, naam: NullableString, ...Figures })),
  teams: Type.Array(Type.Object({ teamId: Type.String(), naam: Type.String(), ...Figures })),
  trend: Type.Array(Type.Object({ week: Type.String(), ...Figures })),
  gesprekken: Type.Array(
    Type.Object({
      gesprekId: Type.String(),
      kanaal: Type.String(),
      gestartOp: Type.String(),
      medewerkerId: NullableString,
      overtredingen: Type.Integer(),
      stiltes: Type.Integer(),
      zinAlerts: Type.Integer(),
      geanalyseerdOp: Type.String(),
    }),
  ),
});

const Vlag = Type.Object({ soort: Type.String() }, { additionalProperties: true });
export const KwaliteitGesprek = Type.Object({
  gesprekId: Type.String(),
  kanaal: Type.String(),
  medewerkerId: NullableString,
  geanalyseerdOp: Type.String(),
  geverifieerdBijSegment: Type.Union([Type.Integer(), Type.Null()]),
  overtredingen: Type.Integer(),
  stiltes: Type.Integer(),
  zinAlerts: Type.Integer(),
  segmenten: Type.Array(
    Type.Object({
      index: Type.Integer(),
      speaker: Type.String(),
      start: Type.Number(),
      end: Type.Number(),
      text: Type.String(),
      vlaggen: Type.Array(Vlag),
    }),
  ),
});

export const AnalyseSamenvatting = Type.Object({
  gesprekId: Type.String(),
  segmenten: Type.Integer(),
  geverifieerdBijSegment: Type.Union([Type.Integer(), Type.Null()]),
  overtredingen: Type.Integer(),
  stiltes: Type.Integer(),
  zinAlerts: Type.Integer(),
});

const Gap = {
  stiltes: Type.Integer(),
  gesprekken: Type.Integer(),
  totaalSeconden: Type.Number(),
  gemiddeldeSeconden: Type.Number(),
  langsteSeconden: Type.Number(),
};
export const Kennishiaten = Type.Object({
  onderwerpen: Type.Array(Type.Object({ onderwerp: Type.String(), ...Gap })),
  artikelen: Type.Array(Type.Object({ artikelId: NullableString, titel: NullableString, ...Gap })),
});

export const Zin = Type.Object({ id: Type.String(), zin: Type.String() });
