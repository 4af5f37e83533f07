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
    voor: Type.Optional(
      Type.Union([Type.Literal('mij'), Type.Literal('team'), Type.Literal('afdeling'), Type.Literal('ingediend')], {
        description:
          'mij: aan mij toegewezen; team: aan mijn teams of hun leden; afdeling: aan alle teams van de afdelingen van mijn teams of hun leden (een team zonder afdeling telt als eigen afdeling); ingediend: door mij uitgezet',
      }),
    ),
    termijn: Type.Optional(Type.Literal('te-laat', { description: 'Alleen open taken waarvan de termijn verstreken is' })),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);
export type WerkvoorraadQuery = Static<typeof WerkvoorraadQuery>;

export const WerklijstTaak = Type.Object({
  ...InterneTaakResponse.properties,
  deadline: Type.String({ description: 'uiterlijkOp, anders toegewezenOp plus de terugbeltermijn van het team in werkdagen' }),
  teLaat: Type.Boolean(),
});
export type WerklijstTaak = Static<typeof WerklijstTaak>;

export const Notitie = Type.Object({
  id: Type.String(),
  soort: Type.Union([Type.Literal('notitie'), Type.Literal('antwoord'), Type.Literal('geclaimd'), Type.Literal('doorgestuurd')]),
  tekst: Type.String(),
  door: Type.String(),
  aangemaaktOp: Type.String(),
});

export const TaakDetail = Type.Object({ ...WerklijstTaak.properties, notities: Type.Array(Notitie) });
export type TaakDetail = Static<typeof TaakDetail>;

export const NotitieBody = Type.Object({ tekst: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false });
export const DoorsturenBody = Type.Object(
  {
    actorId: Type.String({ format: 'uuid', description: 'Een collega of een team' }),
    toelichting: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export const AfsluitenBody = Type.Object({ antwoord: Type.String({ minLength: 1, maxLength: 4000 }) }, { additionalProperties: false });
