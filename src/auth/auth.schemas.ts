import { Type } from 'typebox';
import { ROLES } from '../platform/roles.ts';

export const RolSchema = Type.Enum(ROLES);

export const LoginBody = Type.Object(
  {
    gebruikersnaam: Type.String({ minLength: 1, maxLength: 200 }),
    wachtwoord: Type.String({ minLength: 1, maxLength: 1000 }),
  },
  { additionalProperties: false },
);

export const MedewerkerResponse = Type.Object({
  id: Type.String(),
  actorId: Type.String(),
  gebruikersnaam: Type.String(),
  naam: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  rollen: Type.Array(Type.String()),
  actief: Type.Boolean(),
  teams: Type.Array(Type.Object({ id: Type.String(), naam: Type.String() })),
});

export const SessionResponse = Type.Object({
  medewerker: MedewerkerResponse,
  csrfToken: Type.String(),
});
