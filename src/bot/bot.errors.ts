import { defineError } from '../platform/errors.ts';

export const TooManyQuestions = defineError(
  'LOKET_BOT_TE_VEEL_VRAGEN',
  429,
  'U stelt veel vragen kort na elkaar. Probeer het over een minuut opnieuw.',
  'You are asking many questions in a short time. Please try again in a minute.',
);
export const UnknownArticle = defineError(
  'LOKET_BOT_ARTIKEL_ONBEKEND',
  400,
  'Dit kennisartikel bestaat niet.',
  'This knowledge article does not exist.',
);
export const QuestionNotFound = defineError('LOKET_BOT_VRAAG_NOT_FOUND', 404, 'Deze vraag is niet bekend.', 'This question is not known.');
export const ConceptNotFound = defineError(
  'LOKET_BOT_CONCEPT_NOT_FOUND',
  404,
  'Dit conceptantwoord bestaat niet.',
  'This draft reply does not exist.',
);
export const ConceptAlBeoordeeld = defineError(
  'LOKET_BOT_CONCEPT_AL_BEOORDEELD',
  409,
  'Dit conceptantwoord is al overgenomen of verworpen.',
  'This draft reply has already been taken over or discarded.',
);
