import { useI18n } from '../i18n/i18n.tsx';

/** The XLA screen's own strings. English must have every Dutch key (checked by the type). */
export const xlaNl = {
  nav: 'Klantervaring',
  titel: 'Klantervaring (XLA)',
  intro:
    'Hoe inwoners hun contact ervaren: de enquête na een afgesloten gesprek, of een vraag in één keer is opgelost en hoeveel moeite een verzoek kost.',
  van: 'Van',
  tot: 'Tot en met',
  per: 'Indelen per',
  indeling: { kanaal: 'Kanaal', onderwerp: 'Onderwerp', team: 'Team', week: 'Week' },
  toepassen: 'Toepassen',
  volgorde: 'De datum ‘tot en met’ ligt vóór de datum ‘van’.',
  tabel: (per: string) => `Cijfers per ${per.toLowerCase()}`,
  kolom: {
    contacten: 'Contacten',
    enquetes: 'Enquêtes',
    csatGemiddeld: 'Tevredenheid (1–5)',
    csatTevreden: 'Tevreden (4–5)',
    fcr: 'In één keer opgelost',
    herhaalcontacten: 'Herhaalcontacten',
    contactenPerVerzoek: 'Contacten per verzoek',
    kanalenPerVerzoek: 'Kanalen per verzoek',
  },
  fcrUitleg:
    'In één keer opgelost: geen nieuw contact van dezelfde inwoner over hetzelfde onderwerp binnen 7 dagen. Contacten zonder bekende inwoner of onderwerp, en van de laatste 7 dagen, tellen niet mee.',
  perWeek: 'Per week',
  tevredenheidPerWeek: 'Gemiddelde tevredenheid per week',
  fcrPerWeek: 'In één keer opgelost per week (%)',
  weekKolom: 'Week (vanaf maandag)',
  geen: 'Geen afgesloten gesprekken in deze periode.',
  onbekend: 'onbekend',
  geenTeam: 'geen team',
  geenToegang: 'Deze pagina is voor teamleiders.',
};
export type XlaMessages = typeof xlaNl;

export const xlaEn: XlaMessages = {
  nav: 'Customer experience',
  titel: 'Customer experience (XLA)',
  intro:
    'How residents experience their contact: the survey after a closed conversation, whether a question was resolved at once, and how much effort a request takes.',
  van: 'From',
  tot: 'Up to and including',
  per: 'Group by',
  indeling: { kanaal: 'Channel', onderwerp: 'Topic', team: 'Team', week: 'Week' },
  toepassen: 'Apply',
  volgorde: 'The ‘up to and including’ date is before the ‘from’ date.',
  tabel: (per: string) => `Figures per ${per.toLowerCase()}`,
  kolom: {
    contacten: 'Contacts',
    enquetes: 'Surveys',
    csatGemiddeld: 'Satisfaction (1–5)',
    csatTevreden: 'Satisfied (4–5)',
    fcr: 'Resolved at first contact',
    herhaalcontacten: 'Repeat contacts',
    contactenPerVerzoek: 'Contacts per request',
    kanalenPerVerzoek: 'Channels per request',
  },
  fcrUitleg:
    'Resolved at first contact: no new contact by the same resident on the same topic within 7 days. Contacts without a known resident or topic, and those of the last 7 days, are not counted.',
  perWeek: 'Per week',
  tevredenheidPerWeek: 'Mean satisfaction per week',
  fcrPerWeek: 'Resolved at first contact per week (%)',
  weekKolom: 'Week (from Monday)',
  geen: 'No closed conversations in this period.',
  onbekend: 'unknown',
  geenTeam: 'no team',
  geenToegang: 'This page is for team leads.',
};

export function useXlaT(): XlaMessages {
  return useI18n().lang === 'en' ? xlaEn : xlaNl;
}
