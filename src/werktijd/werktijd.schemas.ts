import { Type, type Static } from 'typebox';
import { Nullable } from '../platform/http.ts';

export const DeadlineQuery = Type.Object(
  {
    van: Type.String({ format: 'date-time', description: 'Begin, ISO 8601 met tijdzone' }),
    norm: Type.Optional(Type.String({ maxLength: 30, description: 'Werktijd als ISO 8601-duur, bijv. PT1H of PT30M' })),
    werkdagen: Type.Optional(Type.Integer({ minimum: 0, maximum: 60 })),
    team: Type.Optional(Type.String({ format: 'uuid', description: 'Team met eigen openingstijden; anders die van het KCC' })),
  },
  { additionalProperties: false },
);
export type DeadlineQuery = Static<typeof DeadlineQuery>;

export const DeadlineResponse = Type.Object({ deadline: Type.String({ format: 'date-time' }) });

// Null first: with type coercion a string-first union would turn null into "".
const Tijden = Type.Union([
  Type.Null(),
  Type.String({ maxLength: 11, description: 'HH:MM-HH:MM; een einde vóór het begin loopt over middernacht' }),
]);
export const Openingstijden = Type.Object(
  { ma: Tijden, di: Tijden, wo: Tijden, do: Tijden, vr: Tijden, za: Tijden, zo: Tijden },
  { additionalProperties: false },
);

export const TeamWerktijdBody = Type.Object(
  {
    openingstijden: Nullable(Openingstijden),
    terugbeltermijnWerkdagen: Nullable(Type.Integer({ minimum: 0, maximum: 60 })),
  },
  { additionalProperties: false },
);
export type TeamWerktijdBody = Static<typeof TeamWerktijdBody>;
