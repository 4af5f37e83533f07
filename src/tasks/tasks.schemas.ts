import { Type, type Static } from 'typebox';
import { Nullable } from '../platform/http.ts';

export const NewInterneTaakBody = Type.Object(
  {
    klantcontactId: Type.String({ format: 'uuid' }),
    gevraagdeHandeling: Type.String({ minLength: 1, maxLength: 200 }),
    toelichting: Type.Optional(Type.String({ maxLength: 1000 })),
    actorIds: Type.Array(Type.String({ format: 'uuid' }), { minItems: 1, maxItems: 10, uniqueItems: true }),
    uiterlijkOp: Type.Optional(Type.String({ format: 'date-time' })),
  },
  { additionalProperties: false },
);
export type NewInterneTaakBody = Static<typeof NewInterneTaakBody>;

export const InterneTaakResponse = Type.Object({
  id: Type.String(),
  nummer: Type.String(),
  gevraagdeHandeling: Type.String(),
  klantcontactId: Type.String(),
  toelichting: Nullable(Type.String()),
  status: Type.String(),
  toegewezenOp: Type.String(),
  afgehandeldOp: Nullable(Type.String()),
  uiterlijkOp: Nullable(Type.String()),
  actoren: Type.Array(Type.Object({ id: Type.String(), naam: Type.String(), soortActor: Type.String() })),
});
export type InterneTaakResponse = Static<typeof InterneTaakResponse>;

export const WerkvoorraadQuery = Type.Object(
  {
    status: Type.Optional(Type.Union([Type.Literal('te_verwerken'), Type.Literal('verwerkt')])),
    actorId: Type.Optional(Type.String({ format: 'uuid' })),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);
export type WerkvoorraadQuery = Static<typeof WerkvoorraadQuery>;
