import { defineError } from '../../platform/errors.ts';

export const KanaalNotFound = defineError(
  'LOKET_KANAAL_ONBEKEND',
  404,
  'Dit kanaal bestaat niet of staat uit.',
  'No such channel, or it is switched off.',
);
export const KanaalInstellingenOngeldig = defineError(
  'LOKET_KANAAL_INSTELLINGEN_ONGELDIG',
  400,
  'De instellingen van dit kanaal zijn niet volledig of kloppen niet.',
  'The channel settings are incomplete or wrong.',
);
export const GeheimSleutelOntbreekt = defineError(
  'LOKET_GEHEIME_SLEUTEL_ONTBREEKT',
  409,
  'Stel eerst LOKET_SECRET_KEY in (32 bytes, base64 of hex): geheimen van kanalen worden alleen versleuteld bewaard.',
  'Set LOKET_SECRET_KEY first (32 bytes, base64 or hex): channel secrets are only stored encrypted.',
);
export const HandtekeningOngeldig = defineError(
  'LOKET_HANDTEKENING_ONGELDIG',
  401,
  'De handtekening van dit verzoek ontbreekt of klopt niet.',
  'The request signature is missing or wrong.',
);
export const VerzoekVerlopen = defineError(
  'LOKET_VERZOEK_VERLOPEN',
  401,
  'Dit verzoek is te oud of komt uit de toekomst; het wordt niet verwerkt.',
  'This request is too old or from the future; it is not processed.',
);
export const VerifyTokenOngeldig = defineError(
  'LOKET_VERIFY_TOKEN_ONGELDIG',
  403,
  'Het verificatietoken klopt niet.',
  'The verify token does not match.',
);
export const WebhookOnleesbaar = defineError(
  'LOKET_WEBHOOK_ONLEESBAAR',
  400,
  'De inhoud van dit verzoek kon niet worden gelezen.',
  'The request body could not be read.',
);
export const KanaalKanDitNiet = defineError(
  'LOKET_KANAAL_KAN_DIT_NIET',
  409,
  'Dit kan niet op het kanaal van dit gesprek.',
  'This is not possible on this conversation’s channel.',
);
