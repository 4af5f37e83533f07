import { useI18n } from '../../i18n/i18n.tsx';

/** The service norms and retention screen's own strings. English must have every Dutch key and parameter (checked by the type). */
export const termijnenNl = {
  titel: 'Servicenormen en bewaartermijnen',
  start: 'Servicenormen en bewaartermijnen',
  intro: 'Hoe snel inwoners antwoord horen te krijgen, en hoe lang Loket persoonsgegevens buiten de contacthistorie bewaart.',
  normen: {
    titel: 'Servicenormen per kanaal',
    wat: 'De servicenormen (GET /api/beheer/servicenormen)',
    uitleg:
      'Binnen deze tijd hoort een wachtende inwoner antwoord te krijgen. De inbox telt ermee af en het rapport servicenormen meet ertegen, in werktijd. Capaciteit: hoeveel contacten van het kanaal een medewerker tegelijk behandelt.',
    vast: 'Een gewijzigde norm geldt meteen voor de aftelling in de inbox en voor het rapport servicenormen. De capaciteit per medewerker ligt in deze versie vast in Loket.',
    kolom: { kanaal: 'Kanaal', norm: 'Norm', doel: 'Doel', capaciteit: 'Capaciteit per medewerker', acties: 'Acties' },
    doel: (n: number) => `${n}% binnen de norm`,
    anders: (duur: string) => `Een kanaal zonder eigen norm: binnen ${duur}.`,
  },
  bewerken: {
    knop: (kanaal: string) => `Norm van ${kanaal} wijzigen`,
    titel: (kanaal: string) => `Servicenorm van ${kanaal}`,
    getal: 'Norm',
    getalHulp: 'Binnen hoeveel werktijd een wachtende inwoner antwoord hoort te krijgen; hoogstens 30 dagen (720 uur).',
    eenheid: 'Eenheid',
    eenheden: { seconden: 'Seconden', minuten: 'Minuten', uren: 'Uren' },
    doel: 'Doel in procenten',
    doelHulp: 'Welk deel van de contacten binnen de norm beantwoord hoort te worden, van 1 tot 100.',
    fouten: {
      getal: 'Vul een norm in die groter is dan 0, in hele seconden.',
      teGroot: 'Een norm is hoogstens 30 dagen (720 uur) werktijd.',
      doel: 'Vul een doel in van 1 tot 100 procent.',
    },
    opslaan: 'Opslaan',
    annuleren: 'Annuleren',
    opgeslagen: (kanaal: string) => `De servicenorm van ${kanaal} is opgeslagen.`,
  },
  bewaren: {
    titel: 'Bewaartermijnen',
    wat: 'De bewaartermijnen (GET /api/beheer/bewaartermijnen)',
    uitleg:
      'Elk uur verwijdert Loket wat over de termijn is. De contacthistorie zelf (klantcontacten, gesprekken, verzoeken) volgt de selectielijst van de gemeente en wordt niet automatisch vernietigd.',
    wijzigen:
      'Een termijn stelt u in met de omgevingsvariabele in de kolom Instelling, in de configuratie van de server; hij geldt na een herstart van Loket. Termijnen zonder variabele liggen vast.',
    kolom: { regel: 'Wat', termijn: 'Termijn', variabele: 'Instelling', laatst: 'Laatste opschoning', totaal: 'Totaal verwijderd' },
    dagen: (n: number) => (n === 1 ? '1 dag' : `${n} dagen`),
    perRij: 'Per rij vastgelegd',
    vast: 'Vast',
    nooit: 'Nog niet',
    laatst: (op: string, n: number) => `${op}: ${n} verwijderd`,
  },
  eenheden: {
    uur: (n: number) => `${n} uur`,
    minuut: (n: number) => (n === 1 ? '1 minuut' : `${n} minuten`),
    seconde: (n: number) => (n === 1 ? '1 seconde' : `${n} seconden`),
  },
  kanaal: {
    telefoon: 'Telefoon',
    webchat: 'Webchat',
    whatsapp: 'WhatsApp',
    messenger: 'Messenger',
    instagram: 'Instagram',
    sms: 'Sms',
    email: 'E-mail',
    formulier: 'Webformulier',
    balie: 'Balie',
  } as Record<string, string>,
};

export type TermijnenMessages = typeof termijnenNl;

export const termijnenEn: TermijnenMessages = {
  titel: 'Service norms and retention periods',
  start: 'Service norms and retention periods',
  intro: 'How fast residents should get an answer, and how long Loket keeps personal data outside the contact history.',
  normen: {
    titel: 'Service norms per channel',
    wat: 'The service norms (GET /api/beheer/servicenormen)',
    uitleg:
      'Within this time a waiting resident should get an answer. The inbox counts down with it and the service-norm report measures against it, in working time. Capacity: how many contacts of the channel an agent handles at once.',
    vast: 'A changed norm applies at once to the inbox countdown and to the service-norm report. The capacity per agent is fixed in this version of Loket.',
    kolom: { kanaal: 'Channel', norm: 'Norm', doel: 'Target', capaciteit: 'Capacity per agent', acties: 'Actions' },
    doel: (n: number) => `${n}% within the norm`,
    anders: (duur: string) => `A channel without a norm of its own: within ${duur}.`,
  },
  bewerken: {
    knop: (kanaal: string) => `Change the norm of ${kanaal}`,
    titel: (kanaal: string) => `Service norm of ${kanaal}`,
    getal: 'Norm',
    getalHulp: 'Within how much working time a waiting resident should get an answer; at most 30 days (720 hours).',
    eenheid: 'Unit',
    eenheden: { seconden: 'Seconds', minuten: 'Minutes', uren: 'Hours' },
    doel: 'Target in percent',
    doelHulp: 'Which share of the contacts should be answered within the norm, from 1 to 100.',
    fouten: {
      getal: 'Enter a norm greater than 0, in whole seconds.',
      teGroot: 'A norm is at most 30 days (720 hours) of working time.',
      doel: 'Enter a target from 1 to 100 percent.',
    },
    opslaan: 'Save',
    annuleren: 'Cancel',
    opgeslagen: (kanaal: string) => `The service norm of ${kanaal} has been saved.`,
  },
  bewaren: {
    titel: 'Retention periods',
    wat: 'The retention periods (GET /api/beheer/bewaartermijnen)',
    uitleg:
      'Every hour Loket removes what is past its period. The contact history itself (klantcontacten, gesprekken, verzoeken) follows the municipality’s selection list and is not destroyed automatically.',
    wijzigen:
      'A period is set with the environment variable in the Setting column, in the server’s configuration; it applies after Loket restarts. Periods without a variable are fixed.',
    kolom: { regel: 'What', termijn: 'Period', variabele: 'Setting', laatst: 'Last clean-up', totaal: 'Removed in total' },
    dagen: (n: number) => (n === 1 ? '1 day' : `${n} days`),
    perRij: 'Recorded per row',
    vast: 'Fixed',
    nooit: 'Not yet',
    laatst: (op: string, n: number) => `${op}: ${n} removed`,
  },
  eenheden: {
    uur: (n: number) => (n === 1 ? '1 hour' : `${n} hours`),
    minuut: (n: number) => (n === 1 ? '1 minute' : `${n} minutes`),
    seconde: (n: number) => (n === 1 ? '1 second' : `${n} seconds`),
  },
  kanaal: {
    telefoon: 'Phone',
    webchat: 'Web chat',
    whatsapp: 'WhatsApp',
    messenger: 'Messenger',
    instagram: 'Instagram',
    sms: 'SMS',
    email: 'E-mail',
    formulier: 'Web form',
    balie: 'Counter',
  },
};

export function useTermijnenT(): TermijnenMessages {
  return useI18n().lang === 'en' ? termijnenEn : termijnenNl;
}
