import { defineError } from '../platform/errors.ts';

export const GesprekNotFound = defineError('LOKET_GESPREK_NOT_FOUND', 404, 'Gesprek niet gevonden.', 'Gesprek not found.');
export const InboundNotFound = defineError(
  'LOKET_INKOMEND_BERICHT_NOT_FOUND',
  404,
  'Dit inkomende bericht bestaat niet of is al verwerkt.',
  'This inbound message does not exist or has already been processed.',
);
export const NoOutboundAdapter = defineError(
  'LOKET_GEEN_UITGAAND_KANAAL',
  409,
  'Dit gesprek heeft geen schriftelijke weg terug (een telefoongesprek, een baliebezoek, of een formulier zonder e-mailadres). Leg het vast als interne notitie of neem contact op via een ander kanaal.',
  'This conversation has no written way back (a phone call, a desk visit, or a form without an e-mail address). Record it as an internal note or contact the resident through another channel.',
);
export const KanaalvensterGesloten = defineError(
  'LOKET_KANAALVENSTER_GESLOTEN',
  409,
  'Het antwoordvenster van dit kanaal is gesloten: de inwoner schreef meer dan 24 uur geleden. Een vrij antwoord kan pas weer als de inwoner opnieuw schrijft; op WhatsApp kan wel een goedgekeurd sjabloon, en een interne notitie kan altijd.',
  'The channel’s reply window is closed: the resident last wrote more than 24 hours ago. A free-text reply is possible again once the resident writes; on WhatsApp an approved template can still be sent, and an internal note always can.',
);
export const AntwoordTeLang = defineError(
  'LOKET_ANTWOORD_TE_LANG',
  409,
  'Dit antwoord is te lang voor het kanaal van dit gesprek (zie de kanaalgrenzen van het gesprek). Maak het korter of verdeel het over twee berichten.',
  'This reply is too long for the conversation’s channel (see the conversation’s channel limits). Shorten it or split it over two messages.',
);
export const BijlageNotFound = defineError(
  'LOKET_BIJLAGE_NOT_FOUND',
  404,
  'Bijlage niet gevonden in dit gesprek.',
  'Attachment not found in this gesprek.',
);
