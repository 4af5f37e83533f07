import { defineError, LoketError } from '../../platform/errors.ts';

export const BronNietGevonden = defineError('LOKET_BRON_NIET_GEVONDEN', 404, 'Deze bron bestaat niet.', 'No such source.');
export const BronAlleenLezen = defineError(
  'LOKET_BRON_ALLEEN_LEZEN',
  409,
  'Deze bron komt uit de omgevingsvariabelen (of is de demo-backoffice) en kan hier niet worden gewijzigd.',
  'This source comes from the environment (or is the demo back office) and cannot be changed here.',
);
export const BronNaamBestaat = defineError(
  'LOKET_BRON_NAAM_BESTAAT',
  409,
  'Er is al een bron met deze naam.',
  'A source with this name already exists.',
);
export const BronInstellingenOngeldig = defineError(
  'LOKET_BRON_INSTELLINGEN_ONGELDIG',
  400,
  'De instellingen van deze bron zijn niet volledig of kloppen niet.',
  'The source settings are incomplete or wrong.',
);
export const BronGeheimSleutelOntbreekt = defineError(
  'LOKET_BRON_GEHEIM_SLEUTEL_ONTBREEKT',
  409,
  'Stel eerst LOKET_SECRET_KEY in: zonder sleutel kan Loket de geheimen van een bron niet versleuteld bewaren.',
  'Set LOKET_SECRET_KEY first: without it Loket cannot store a source’s secrets encrypted.',
);
export const BronNietIngesteld = defineError(
  'LOKET_BRON_NIET_INGESTELD',
  409,
  'Er is geen bron van deze soort ingesteld. Vraag de beheerder een koppeling te maken.',
  'No source of this kind is configured. Ask the administrator to connect one.',
);
/** The source did not answer, or not as its specification says; the message names it. */
export const BronOnbereikbaar = (naam: string) =>
  new LoketError('LOKET_BRON_ONBEREIKBAAR', 503, {
    nl: `De bron "${naam}" antwoordt niet of niet goed. Probeer het zo opnieuw.`,
    en: `The source "${naam}" does not answer, or not correctly. Please try again shortly.`,
  });
