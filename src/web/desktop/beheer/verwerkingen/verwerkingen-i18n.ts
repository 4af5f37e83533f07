import { useI18n } from '../../i18n/i18n.tsx';
import type { ZoekFout } from './verwerkingen-logic.ts';

/** The processing log screen's strings. English must have every Dutch key and parameter (checked by the type). */
export const verwerkingenNl = {
  start: 'Verwerkingenlog: wie welke persoonsgegevens inzag of wijzigde',
  titel: 'Verwerkingenlog',
  intro:
    'Wie welke persoonsgegevens inzag of wijzigde, wanneer en waarom. Dit log is zelf vertrouwelijk: gebruik het alleen voor toezicht en voor inzageverzoeken van inwoners.',
  wat: 'Het verwerkingenlog (GET /api/verwerkingen)',
  zoeken: 'Zoeken in het log',
  medewerker: 'Medewerker',
  iedereen: 'Iedereen',
  partij: 'Partij-id',
  partijHulp: 'Het id van de persoon of organisatie, van de partijpagina (bijvoorbeeld 5f0c3a1e-…).',
  van: 'Van (datum)',
  tot: 'Tot en met (datum)',
  doel: 'Doel bevat',
  zoek: 'Zoeken',
  wissen: 'Filters wissen',
  export: 'Alle verwerkingen van deze partij downloaden (JSON, voor een inzageverzoek)',
  resultaten: (van: number, tot: number) => `Verwerkingen ${van}–${tot}, nieuwste eerst`,
  geen: 'Geen verwerkingen gevonden met deze filters.',
  kolom: { tijdstip: 'Tijdstip', medewerker: 'Medewerker', actie: 'Actie', doel: 'Doel', gegevens: 'Van wie / wat' },
  vertrouwelijk: 'vertrouwelijk',
  alleenDeze: (id: string) => `Alleen partij ${id}`,
  vorige: 'Vorige pagina',
  volgende: 'Volgende pagina',
  pagina: (n: number) => `Pagina ${n}`,
  fouten: {
    partijOngeldig: 'Vul het id van een partij in (36 tekens, zoals 5f0c3a1e-2a0b-4a9c-9d55-0f0f0f0f0f0f).',
    datumOngeldig: 'Vul een datum in.',
    periodeOmgekeerd: 'De einddatum ligt voor de begindatum.',
  } satisfies Record<ZoekFout, string>,
};

export type VerwerkingenMessages = typeof verwerkingenNl;

export const verwerkingenEn: VerwerkingenMessages = {
  start: 'Processing log: who viewed or changed which personal data',
  titel: 'Processing log',
  intro:
    'Who viewed or changed which personal data, when and why. This log is confidential itself: use it only for oversight and for residents’ access requests.',
  wat: 'The processing log (GET /api/verwerkingen)',
  zoeken: 'Search the log',
  medewerker: 'Employee',
  iedereen: 'Everyone',
  partij: 'Party id',
  partijHulp: 'The id of the person or organisation, from the party page (for example 5f0c3a1e-…).',
  van: 'From (date)',
  tot: 'Up to and including (date)',
  doel: 'Purpose contains',
  zoek: 'Search',
  wissen: 'Clear filters',
  export: 'Download all processing of this party (JSON, for an access request)',
  resultaten: (van: number, tot: number) => `Processing ${van}–${tot}, newest first`,
  geen: 'No processing found with these filters.',
  kolom: { tijdstip: 'Time', medewerker: 'Employee', actie: 'Action', doel: 'Purpose', gegevens: 'Whose / what' },
  vertrouwelijk: 'confidential',
  alleenDeze: (id: string) => `Only party ${id}`,
  vorige: 'Previous page',
  volgende: 'Next page',
  pagina: (n: number) => `Page ${n}`,
  fouten: {
    partijOngeldig: 'Enter the id of a party (36 characters, like 5f0c3a1e-2a0b-4a9c-9d55-0f0f0f0f0f0f).',
    datumOngeldig: 'Enter a date.',
    periodeOmgekeerd: 'The end date is before the start date.',
  },
};

export function useVerwerkingenT(): VerwerkingenMessages {
  return useI18n().lang === 'en' ? verwerkingenEn : verwerkingenNl;
}
