import { defineError } from '../platform/errors.ts';

export const LoginFailed = defineError(
  'LOKET_LOGIN_FAILED',
  401,
  'Gebruikersnaam of wachtwoord klopt niet.',
  'Wrong username or password.',
);
export const CsrfTokenInvalid = defineError(
  'LOKET_CSRF_TOKEN_INVALID',
  403,
  'De beveiligingscode (CSRF) ontbreekt of klopt niet. Laad de pagina opnieuw.',
  'The security token (CSRF) is missing or wrong. Reload the page.',
);
export const ApiTokenInvalid = defineError(
  'LOKET_API_TOKEN_INVALID',
  401,
  'Deze API-token is onbekend of ingetrokken.',
  'This API token is unknown or revoked.',
);
export const MedewerkerExists = defineError(
  'LOKET_MEDEWERKER_EXISTS',
  409,
  'Er is al een medewerker met deze gebruikersnaam.',
  'A medewerker with this username already exists.',
);
export const MedewerkerNotFound = defineError('LOKET_MEDEWERKER_NOT_FOUND', 404, 'Medewerker niet gevonden.', 'Medewerker not found.');
export const PasswordTooWeak = defineError(
  'LOKET_PASSWORD_TOO_WEAK',
  400,
  'Een wachtwoord heeft minstens 12 tekens.',
  'A password needs at least 12 characters.',
);
export const OidcNotConfigured = defineError(
  'LOKET_OIDC_NOT_CONFIGURED',
  404,
  'Inloggen via OpenID Connect is niet ingesteld.',
  'OpenID Connect login is not configured.',
);
export const OidcLoginFailed = defineError(
  'LOKET_OIDC_LOGIN_FAILED',
  401,
  'Inloggen via de identiteitsprovider is mislukt.',
  'Login through the identity provider failed.',
);
export const OidcUnknownUser = defineError(
  'LOKET_OIDC_UNKNOWN_USER',
  403,
  'U bent bij de identiteitsprovider bekend, maar niet als medewerker in Loket.',
  'The identity provider knows you, but Loket has no medewerker for you.',
);
export const ApiTokenNotFound = defineError(
  'LOKET_API_TOKEN_NOT_FOUND',
  404,
  'API-token niet gevonden of al ingetrokken.',
  'API token not found or already revoked.',
);
export const LaatsteBeheerder = defineError(
  'LOKET_LAATSTE_BEHEERDER',
  409,
  'Dit is de laatste actieve beheerder: geef eerst iemand anders de rol beheerder.',
  'This is the last active beheerder: give someone else the beheerder role first.',
);
export const TeamExists = defineError(
  'LOKET_TEAM_EXISTS',
  409,
  'Er is al een team met deze naam.',
  'A team with this name already exists.',
);
export const TeamNotFound = defineError('LOKET_TEAM_NOT_FOUND', 404, 'Dit team bestaat niet.', 'No such team.');
export const TeamHeeftLeden = defineError(
  'LOKET_TEAM_HEEFT_LEDEN',
  409,
  'Het team heeft nog leden: haal ze eerst uit het team (bij Medewerkers).',
  'The team still has members: take them out of the team first (under Medewerkers).',
);
export const TeamHeeftOpenWerk = defineError(
  'LOKET_TEAM_HEEFT_OPEN_WERK',
  409,
  'Het team heeft nog open gesprekken of taken: verdeel die eerst over een ander team.',
  'The team still has open conversations or tasks: hand them to another team first.',
);
export const TeamHeeftHistorie = defineError(
  'LOKET_TEAM_HEEFT_HISTORIE',
  409,
  'Afgehandelde gesprekken of signalen noemen dit team: hernoem het in plaats van het te verwijderen, zodat de historie blijft kloppen.',
  'Closed conversations or signals name this team: rename it instead of removing it, so the history stays right.',
);
