import { sql } from 'kysely';
import { kanalenMet } from '../contract/kanalen.ts';
import type { Db } from '../db/transaction.ts';
import { DEFAULT_ANSWER_THRESHOLD } from '../knowledge/matching/matcher.ts';
import type { BotMeting } from './bot-meting-type.ts';

/** The window of live figures on the register: the last 30 days. */
const PRAKTIJK_DAGEN = 30;

export interface BotPraktijk {
  van: string;
  tot: string;
  vragen: number;
  beantwoord: number;
  keuzeAangeboden: number;
  doorverbonden: number;
  beoordeeld: number;
  nuttig: number;
}

export interface Algoritmeregister {
  naam: string;
  korteOmschrijving: string;
  status: 'in gebruik' | 'uitgeschakeld';
  doel: string;
  impact: string;
  werking: string;
  gegevens: string;
  menselijkeTussenkomst: string;
  risicobeheer: string;
  kanalen: string[];
  drempel: number;
  meting: BotMeting & { actueel: boolean };
  praktijk: BotPraktijk;
  /** The same in running text, plain Dutch, for the municipality's register page. */
  tekst: string;
}

/** What the citizens asked the bot in the last PRAKTIJK_DAGEN days, and how they rated its answers. */
export async function botPraktijk(db: Db, now: Date): Promise<BotPraktijk> {
  const van = new Date(now.getTime() - PRAKTIJK_DAGEN * 86_400_000);
  const vragen = await db
    .selectFrom('bot_vraag')
    .select([
      sql<number>`count(*)::int`.as('vragen'),
      sql<number>`count(*) filter (where uitkomst = 'beantwoord')::int`.as('beantwoord'),
      sql<number>`count(*) filter (where uitkomst = 'keuze')::int`.as('keuze'),
      sql<number>`count(*) filter (where uitkomst = 'doorverbonden')::int`.as('doorverbonden'),
    ])
    .where('gesteld_op', '>=', van)
    .where('gesteld_op', '<', now)
    .executeTakeFirstOrThrow();
  const oordelen = await db
    .selectFrom('bot_feedback')
    .select([sql<number>`count(*)::int`.as('beoordeeld'), sql<number>`count(*) filter (where nuttig)::int`.as('nuttig')])
    .where('gegeven_op', '>=', van)
    .where('gegeven_op', '<', now)
    .executeTakeFirstOrThrow();
  return {
    van: van.toISOString(),
    tot: now.toISOString(),
    vragen: vragen.vragen,
    beantwoord: vragen.beantwoord,
    keuzeAangeboden: vragen.keuze,
    doorverbonden: vragen.doorverbonden,
    beoordeeld: oordelen.beoordeeld,
    nuttig: oordelen.nuttig,
  };
}

const procent = (share: number) => `${(100 * share).toLocaleString('nl-NL', { maximumFractionDigits: 1 })}%`;

/**
 * The bot's entry for the Algoritmeregister (the fields of the publication standard that apply to
 * it), built from the shipped threshold, the last measurement on unseen writers and the live
 * figures, so the published text never drifts from what the bot does.
 */
export function algoritmeregister(meting: BotMeting, praktijk: BotPraktijk, botActief: boolean): Algoritmeregister {
  const drempel = DEFAULT_ANSWER_THRESHOLD;
  const actueel = meting.drempel === drempel && meting.vragen > 0;
  const kanalen = kanalenMet((k) => k.bot);
  const naam = 'Loket-bot: antwoorden op vragen van inwoners uit de kennisbank';
  const korteOmschrijving =
    'De bot zoekt bij een vraag van een inwoner het best passende artikel in de kennisbank van de gemeente. ' +
    'Alleen als hij zeker genoeg is, geeft hij de korte samenvatting van dat artikel als antwoord; anders verbindt hij door met een medewerker.';
  const doel =
    'Inwoners krijgen dag en nacht antwoord op veelgestelde vragen, zodat medewerkers tijd hebben voor vragen die een mens nodig hebben.';
  const impact =
    'De bot neemt geen besluiten over inwoners en verwerkt geen aanvragen. Een fout antwoord kan een inwoner op het verkeerde been zetten; ' +
    'daarom kiest de bot bij twijfel altijd voor doorverbinden.';
  const werking =
    `De bot vergelijkt de woorden van de vraag (met spelfouten, afkortingen, samenstellingen en synoniemen) met de gepubliceerde artikelen ` +
    `en berekent hoe zeker hij is (0 tot 1). Bij een zekerheid van ${drempel.toFixed(4)} of meer geeft hij antwoord, met de titel van het artikel als bron. ` +
    `Daaronder biedt hij een keuze uit artikelen aan of verbindt hij door. Het is geen taalmodel: hij schrijft geen eigen tekst.`;
  const gegevens =
    'De gepubliceerde artikelen van de kennisbank, synoniemen van redacteuren en voorbeeldvragen die medewerkers bij het afronden van gesprekken bevestigen. ' +
    'De vraag van de inwoner wordt bewaard met persoonsgegevens gemaskeerd, en niet langer dan de bewaartermijn voor botvragen.';
  const menselijkeTussenkomst =
    'Bij twijfel, bij een vraag buiten de kennisbank of op verzoek van de inwoner neemt een medewerker het gesprek over, met het hele gesprek erbij. ' +
    'Buiten openingstijden kan de inwoner een bericht achterlaten of om terugbellen vragen.';
  const gemeten = actueel
    ? `Gemeten op ${meting.vragen} vragen van schrijvers die de bot niet kende (${meting.schrijvers.length} sets, telkens één weggelaten bij het afstellen): ` +
      `${procent(meting.precisie)} van de gegeven antwoorden was juist, ${procent(meting.containment)} van de vragen binnen de kennisbank werd zonder medewerker goed beantwoord ` +
      `en ${procent(meting.buitenScopeDoorverbonden)} van de vragen buiten de kennisbank werd doorverbonden.`
    : 'De drempel is gewijzigd sinds de laatste meting; de cijfers worden opnieuw gemeten (npm run eval:bot -- --bijwerken).';
  const risicobeheer =
    `${gemeten} De drempel is zo gekozen dat een juist antwoord voorgaat op zoveel mogelijk antwoorden: bij twijfel wint doorverbinden. ` +
    'Inwoners kunnen elk antwoord beoordelen ("Was dit antwoord nuttig?"); redacteuren zien twijfelgevallen en onbeantwoorde vragen terug.';
  const inPraktijk =
    praktijk.vragen === 0
      ? `In de afgelopen ${PRAKTIJK_DAGEN} dagen zijn geen vragen aan de bot gesteld.`
      : `In de afgelopen ${PRAKTIJK_DAGEN} dagen kreeg de bot ${praktijk.vragen} vragen: ${praktijk.beantwoord} beantwoord, ` +
        `${praktijk.keuzeAangeboden} met een keuze uit artikelen en ${praktijk.doorverbonden} doorverbonden` +
        (praktijk.beoordeeld > 0
          ? `; ${praktijk.nuttig} van de ${praktijk.beoordeeld} beoordeelde antwoorden vond de inwoner nuttig.`
          : '.');
  const tekst = [
    naam,
    korteOmschrijving,
    `Status: ${botActief ? 'in gebruik' : 'uitgeschakeld'}. Kanalen: ${kanalen.join(', ')}.`,
    `Doel: ${doel}`,
    `Impact: ${impact}`,
    `Werking: ${werking}`,
    `Gegevens: ${gegevens}`,
    `Menselijke tussenkomst: ${menselijkeTussenkomst}`,
    `Risicobeheer: ${risicobeheer}`,
    inPraktijk,
  ].join('\n\n');
  return {
    naam,
    korteOmschrijving,
    status: botActief ? 'in gebruik' : 'uitgeschakeld',
    doel,
    impact,
    werking,
    gegevens,
    menselijkeTussenkomst,
    risicobeheer,
    kanalen,
    drempel,
    meting: { ...meting, actueel },
    praktijk,
    tekst,
  };
}
