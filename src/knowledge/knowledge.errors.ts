import { defineError } from '../platform/errors.ts';

export const ArticleNotFound = defineError(
  'LOKET_KENNISARTIKEL_NOT_FOUND',
  404,
  'Kennisartikel niet gevonden.',
  'Knowledge article not found.',
);
export const ArticleExists = defineError(
  'LOKET_KENNISARTIKEL_EXISTS',
  409,
  'Er bestaat al een kennisartikel met dit id.',
  'A knowledge article with this id already exists.',
);
export const VersionNotFound = defineError(
  'LOKET_KENNISVERSIE_NOT_FOUND',
  404,
  'Deze versie van het kennisartikel bestaat niet.',
  'This version of the knowledge article does not exist.',
);
export const VersionInReview = defineError(
  'LOKET_KENNISVERSIE_IN_REVIEW',
  409,
  'Er ligt een versie ter review; stuur die eerst terug.',
  'A version is in review; send it back first.',
);
export const UnknownUplProduct = defineError(
  'LOKET_UPL_ONBEKEND',
  400,
  'Dit product staat niet in de Uniforme Productnamenlijst.',
  'This product is not in the Uniform Product Name List (UPL).',
);
export const InvalidImport = defineError(
  'LOKET_KENNISBANK_IMPORT_ONGELDIG',
  400,
  'Het importbestand is ongeldig.',
  'The import file is invalid.',
);
export const SynonymGroupNotFound = defineError(
  'LOKET_SYNONIEMGROEP_NOT_FOUND',
  404,
  'Synoniemgroep niet gevonden.',
  'Synonym group not found.',
);
