import { useI18n } from '../i18n/i18n.tsx';
import { isoWeekNumber } from './period-logic.ts';

const dag = (locale: string, iso: string, year = true) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString(locale, {
    day: 'numeric',
    month: 'short',
    ...(year ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  });
const getal = (locale: string) => (n: number) => n.toLocaleString(locale, { maximumFractionDigits: 1 });

/** The analytics dashboard's own strings. English must have every Dutch key (checked by the type). */
export const analyseNl = {
  nav: 'Analyse',
  titel: 'Contactanalyse',
  intro: 'Waarover en uit welke wijken nemen inwoners contact op? Kies een periode en een onderwerp.',
  getal: getal('nl-NL'),
  procent: (share: number) => `${Math.round(share * 100)}%`,
  datum: (iso: string) => dag('nl-NL', iso),
  week: (weekStart: string) => `week ${isoWeekNumber(weekStart)} (${dag('nl-NL', weekStart, false)})`,
  csv: 'CSV downloaden',
  filter: {
    titel: 'Periode en onderwerp',
    van: 'Van',
    tot: 'Tot en met',
    periodeHulp: 'Weekcijfers gaan over hele weken, van maandag tot en met zondag.',
    onderwerp: 'Onderwerp',
    alle: 'Alle onderwerpen',
    toon: 'Toon cijfers',
    onderwerpHulp: 'Geldt voor de kaart, de hotspots, de volumes en de herhaalcontacten.',
    fout: {
      ongeldig: 'Vul een bestaande datum in.',
      volgorde: 'De begindatum ligt na de einddatum.',
      teLang: 'Kies een periode van hoogstens twee jaar.',
    },
    bijgewerkt: (van: string, tot: string, onderwerp: string) => `Cijfers bijgewerkt: ${van} tot en met ${tot}, ${onderwerp}.`,
  },
  kaart: {
    titel: 'Contacten per wijk',
    uitleg: 'Per 1.000 inwoners. Kies een wijk op de kaart voor de cijfers, of lees ze in de tabel eronder.',
    label: (onderwerp: string) => `Kaart van de wijken: contacten per 1.000 inwoners, ${onderwerp}`,
    wijk: (naam: string, code: string, aantal: number, per1000: string) =>
      `${naam} (${code}): ${aantal} contacten, ${per1000} per 1.000 inwoners`,
    gekozen: (naam: string, aantal: number, per1000: string, inwoners: string) =>
      `${naam}: ${aantal} contacten, ${per1000} per 1.000 inwoners (${inwoners} inwoners).`,
    kies: 'Geen wijk gekozen.',
    legenda: 'Contacten per 1.000 inwoners',
    klasse: (van: string, tot: string) => `${van} tot ${tot}`,
    tabel: 'Contacten per wijk, per 1.000 inwoners',
    kolomWijk: 'Wijk',
    kolomInwoners: 'Inwoners',
    kolomAantal: 'Contacten',
    kolomPer1000: 'Per 1.000 inwoners',
    kolomKlasse: 'Kleur op de kaart',
    geenWijken: 'Er zijn nog geen wijken geladen (npx loket import wijken).',
  },
  hotspots: {
    titel: 'Hotspots',
    uitleg:
      'Wijken waar in een week opvallend veel contacten over één onderwerp waren, vergeleken met de weken ervoor en met de andere wijken.',
    geen: 'Geen hotspots in deze periode.',
    verspreid: 'verschillende artikelen',
    weken: 'Week',
    aantal: 'Contacten',
    aantalWaarde: (waargenomen: number, verwacht: string, keer: string | null) =>
      `${waargenomen}, verwacht ${verwacht}${keer ? ` (${keer}× zo veel)` : ''}`,
    score: 'Score',
    reeks: (onderwerp: string, wijk: string, reeks: string) => `Contacten per week over ${onderwerp} in ${wijk}: ${reeks}.`,
    reeksWeek: (week: string, aantal: number, hotspot: boolean) => `${week} ${aantal}${hotspot ? ' (hotspot)' : ''}`,
  },
  volumes: {
    titel: 'Volumes per kanaal en onderwerp',
    perWeek: 'Contacten per week en kanaal',
    perOnderwerp: 'Contacten per onderwerp',
    kolomWeek: 'Week',
    kolomOnderwerp: 'Onderwerp',
    kolomAantal: 'Contacten',
    totaal: 'Totaal',
    geen: 'Geen contacten in deze periode.',
  },
  herhaal: {
    titel: 'Herhaalcontacten',
    uitleg:
      'Dezelfde inwoner of hetzelfde bedrijf over hetzelfde onderwerp binnen 7 dagen, via welk kanaal ook. Contacten zonder bekende partij tellen niet mee.',
    kolomOnderwerp: 'Onderwerp',
    kolomContacten: 'Contacten',
    kolomHerhaal: 'Herhaalcontacten',
    kolomAandeel: 'Aandeel',
    geen: 'Geen herhaalcontacten in deze periode.',
  },
  gaten: {
    titel: 'Inhoudsgaten op de website',
    uitleg:
      'Webpagina’s waar chats begonnen, met hun onderwerpen. Een inhoudsgat: ten minste 5 chats, waarvan ten minste 30% over het onderwerp van de pagina zelf. Men las de pagina en vroeg het toch.',
    kolomPagina: 'Pagina',
    kolomArtikel: 'Onderwerp van de pagina',
    kolomChats: 'Chats',
    kolomEigen: 'Over het eigen onderwerp',
    kolomGat: 'Inhoudsgat',
    kolomOnderwerpen: 'Onderwerpen van de chats',
    bron: { redacteur: 'gekoppeld door een redacteur', url: 'uit het adres van de pagina' } as Record<string, string>,
    ja: 'Ja',
    nee: 'Nee',
    geen: 'Geen chats vanaf webpagina’s in deze periode.',
  },
};

export type AnalyseMessages = typeof analyseNl;

export const analyseEn: AnalyseMessages = {
  nav: 'Analytics',
  titel: 'Contact analytics',
  intro: 'What do residents contact us about, and from which districts? Choose a period and a topic.',
  getal: getal('en-GB'),
  procent: (share) => `${Math.round(share * 100)}%`,
  datum: (iso) => dag('en-GB', iso),
  week: (weekStart) => `week ${isoWeekNumber(weekStart)} (${dag('en-GB', weekStart, false)})`,
  csv: 'Download CSV',
  filter: {
    titel: 'Period and topic',
    van: 'From',
    tot: 'Up to and including',
    periodeHulp: 'Weekly figures cover whole weeks, Monday to Sunday.',
    onderwerp: 'Topic',
    alle: 'All topics',
    toon: 'Show figures',
    onderwerpHulp: 'Applies to the map, the hotspots, the volumes and the repeat contacts.',
    fout: {
      ongeldig: 'Enter a date that exists.',
      volgorde: 'The start date is after the end date.',
      teLang: 'Choose a period of at most two years.',
    },
    bijgewerkt: (van, tot, onderwerp) => `Figures updated: ${van} to ${tot}, ${onderwerp}.`,
  },
  kaart: {
    titel: 'Contacts per district',
    uitleg: 'Per 1,000 residents. Choose a district on the map for its figures, or read them in the table below.',
    label: (onderwerp) => `Map of the districts: contacts per 1,000 residents, ${onderwerp}`,
    wijk: (naam, code, aantal, per1000) => `${naam} (${code}): ${aantal} contacts, ${per1000} per 1,000 residents`,
    gekozen: (naam, aantal, per1000, inwoners) => `${naam}: ${aantal} contacts, ${per1000} per 1,000 residents (${inwoners} residents).`,
    kies: 'No district chosen.',
    legenda: 'Contacts per 1,000 residents',
    klasse: (van, tot) => `${van} to ${tot}`,
    tabel: 'Contacts per district, per 1,000 residents',
    kolomWijk: 'District',
    kolomInwoners: 'Residents',
    kolomAantal: 'Contacts',
    kolomPer1000: 'Per 1,000 residents',
    kolomKlasse: 'Colour on the map',
    geenWijken: 'No districts have been loaded yet (npx loket import wijken).',
  },
  hotspots: {
    titel: 'Hotspots',
    uitleg:
      'Districts with remarkably many contacts about one topic in a week, compared with the weeks before and with the other districts.',
    geen: 'No hotspots in this period.',
    verspreid: 'several articles',
    weken: 'Week',
    aantal: 'Contacts',
    aantalWaarde: (waargenomen, verwacht, keer) => `${waargenomen}, ${verwacht} expected${keer ? ` (${keer}× as many)` : ''}`,
    score: 'Score',
    reeks: (onderwerp, wijk, reeks) => `Contacts per week about ${onderwerp} in ${wijk}: ${reeks}.`,
    reeksWeek: (week, aantal, hotspot) => `${week} ${aantal}${hotspot ? ' (hotspot)' : ''}`,
  },
  volumes: {
    titel: 'Volumes per channel and topic',
    perWeek: 'Contacts per week and channel',
    perOnderwerp: 'Contacts per topic',
    kolomWeek: 'Week',
    kolomOnderwerp: 'Topic',
    kolomAantal: 'Contacts',
    totaal: 'Total',
    geen: 'No contacts in this period.',
  },
  herhaal: {
    titel: 'Repeat contacts',
    uitleg:
      'The same resident or business about the same topic within 7 days, through any channel. Contacts without a known party are not counted.',
    kolomOnderwerp: 'Topic',
    kolomContacten: 'Contacts',
    kolomHerhaal: 'Repeat contacts',
    kolomAandeel: 'Share',
    geen: 'No repeat contacts in this period.',
  },
  gaten: {
    titel: 'Content gaps on the website',
    uitleg:
      'Web pages where chats started, with their topics. A content gap: at least 5 chats, at least 30% of them about the page’s own subject. People read the page and still asked.',
    kolomPagina: 'Page',
    kolomArtikel: 'Subject of the page',
    kolomChats: 'Chats',
    kolomEigen: 'About its own subject',
    kolomGat: 'Content gap',
    kolomOnderwerpen: 'Topics of the chats',
    bron: { redacteur: 'linked by an editor', url: 'from the page’s address' },
    ja: 'Yes',
    nee: 'No',
    geen: 'No chats from web pages in this period.',
  },
};

export function useAnalyseT(): AnalyseMessages {
  return useI18n().lang === 'en' ? analyseEn : analyseNl;
}
