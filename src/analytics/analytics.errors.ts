import { defineError } from '../platform/errors.ts';

export const InvalidPeriod = defineError(
  'LOKET_ANALYTICS_PERIODE',
  400,
  'De periode is ongeldig: "from" moet een bestaande datum zijn, niet na "to", en de periode mag hoogstens twee jaar zijn.',
  'Invalid period: "from" must be a real date, not after "to", spanning at most two years.',
);
export const UnknownArticle = defineError(
  'LOKET_ANALYTICS_ARTIKEL_ONBEKEND',
  404,
  'Dit kennisartikel bestaat niet.',
  'No such knowledge article.',
);
export const NotAHotspot = defineError(
  'LOKET_ANALYTICS_GEEN_HOTSPOT',
  404,
  'In die wijk en week is dit onderwerp geen hotspot (meer).',
  'That topic is not a hotspot in that wijk and week.',
);
