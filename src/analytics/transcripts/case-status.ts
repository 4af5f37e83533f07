/**
 * Does a clause of an agent turn state the status of the caller's case or application?
 * Read from the records ("ik zie dat…", "in het dossier staat…"), or a case item with a state
 * or a concrete date ("uw bezwaar is afgewezen", "de consulent komt dinsdag om tien uur").
 * General procedure ("als het besluit er is, kunt u…"), the agent's own actions ("ik zet het
 * verzoek uit") and questions to the caller are not.
 */
import type { Clause } from './clauses.ts';
import { ACCOUNT_ENDING, BIRTH_CUE } from './personal-details.ts';

// Heads of compounds across domains: "bijstandsuitkering", "parkeerboete", "keukentafelgesprek".
const COMPOUND_HEAD =
  '[a-zà-ÿ-]*(?:uitkering|vergunning|aanslag|aanvraag|boete|naheffing|heffing|gesprek|regeling|budget|toeslag|indicatie|voorziening|beschikking|vordering|melding|bezwaar|afspraak|traject|formulier(?:en)?)';
const CASE_ITEM = new RegExp(
  `\\b(?:${COMPOUND_HEAD}|traplift|scootmobiel|rolstoel|woningaanpassing|kenteken|pgb|maatregel|parkeerkaart|` +
    String.raw`aanvraag|bezwaar|bezwaarschrift|verzoek|vergunning|uitkering|melding|klacht|aanslag|afspraak|aanmelding|kwijtschelding|verhuizing|account|dossier|uitspraak|besluit|beschikking|betaling|incasso|invordering|herinnering|aanmaning|beslistermijn|beslisdatum|termijn|brief|uitnodiging|huisbezoek|consulent|taxateur|behandelaar|klantmanager|zienswijze|inschrijving|tegoed|ophaalbeurt|rapport|afschrift|bankafschrift|machtiging|zaak|naheffingsaanslag(?:en)?|verlengingsverzoek|uitbetaling|teruggave|indicatie|[a-z]*traject|inkomstenopgave|aangifte|registratie|container|paspoort|rijbewijs|id-kaart|pas)\b`,
);
const STATE =
  /\b(?:binnengekomen|ontvangen|afgewezen|toegekend|toegewezen|goedgekeurd|afgekeurd|geweigerd|verleend|verlopen|verlengd|beëindigd|gestopt|stopgezet|geblokkeerd|opgeschort|gerepareerd|hersteld|ingeschreven|uitgeschreven|aangemaakt|verstuurd|gestuurd|verzonden|doorgezet|doorgestuurd|opgestuurd|toegestuurd|loopt nog|gemaild|afgeschreven|geïncasseerd|klaargezet|overgemaakt|uitbetaald|gepland|ingepland|geregistreerd|verwerkt|in behandeling|compleet|onvolledig|ontbreekt|ontbreken|mist|stil|stilstaat|openstaat|saldo|ingeleverd|ingediend|vastgesteld|gedeeltelijk|geweest|meeverhuisd|verhuisd|aangeslagen|gevonden|afgerond|afgehandeld|geannuleerd|ingetrokken|ligt (?:nu )?bij|ligt klaar|loopt (?:nog )?tot|(?:is|zijn) klaar|(?:is|zijn) (?:al )?binnen(?! (?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d+)\b))\b/;
// A decision on something of the caller's is a status in any domain ("de scootmobiel is
// toegekend", "de maatregel is opgelegd"); general rules use "wordt … als", caught by GENERAL.
const DECIDED =
  /\b(?:is|zijn|werd|werden) (?:\p{L}+ ){0,2}(?:toegekend|afgewezen|goedgekeurd|afgekeurd|verleend|geweigerd|opgelegd|ingetrokken|stopgezet|beëindigd|opgeschort|(?:on)?gegrond verklaard)\b|\b(?:is|zijn|werd) (?:\p{L}+ )?akkoord(?: bevonden)?\b|\bstaat op de wachtlijst\b|\b(?:is|zijn) (?:\p{L}+ )?(?:on)?gegrond\b/u;
// A main clause that opens with its subject and goes on in the passive: "uw uitkering is
// herzien", "de traplift wordt volgende week geplaatst", "er is een terugvordering ingesteld".
// Only at the start, so "dan is dat … gemeld" and "vermeld dat … is gereserveerd" stay out.
const PARTICIPLE = String.raw`(?:(?:af|aan|in|op|uit|toe|door|terug|vast|over|mee|na|weg)?ge\p{L}{2,}(?:d|t|en)|(?:be|ver|her|ont)\p{L}{2,}[dt]|herzien|ontvangen)`;
const PASSIVE_STATE = new RegExp(
  String.raw`^(?:(?:ja|nee|oké|dus),?\s+)?(?:(?:uw|de|het|die|dat)(?: [\p{L}-]+){0,3}|er) (?:is|zijn|werd|werden|wordt|worden|staat|staan)\b(?: (?!te\b)[\p{L}-]+){0,4}? ${PARTICIPLE}\b|\b(?:staat|staan) (?:nog )?open\b`,
  'u',
);
const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
const DAYS = 'maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag';
const WHEN = new RegExp(
  `\\b(?:${MONTHS}|${DAYS}|gisteren|eergisteren|morgen|overmorgen|(?:vorige|afgelopen|volgende|deze) (?:week|maand|keer)|(?:dit|vorig|volgend) jaar|sinds \\p{L}+|over (?:een|één|twee|drie|vier|vijf|zes|\\d+) (?:dagen|weken|maanden|werkdagen)|op de \\p{L}+(?:ste|de)|om \\p{L}+ uur)\\b`,
  'u',
);
const PERSONAL = /\b(?:uw|bij u|van u|aan u|naar u|u (?:bent|heeft|had|was|staat))\b/;

const FROM_RECORDS = [
  // "Er staat dat …", "hier staat …": read out from a file.
  /^(?:\p{L}+,\s*)?(?:er|hier) staat (?:dat|bij|genoteerd|vermeld)\b|\bhier staat\b/u,
  /\b(?:in (?:het|uw) (?:dossier|systeem|verslag|besluit))\b/,
  /\bvolgens (?:het systeem|het dossier|onze (?:gegevens|administratie)|de registratie)\b/,
  /\bin de (?:melding|uitspraak|aanvraag|administratie|registratie|brief|beschikking) staat\b/,
  new RegExp(`\\b(?:ik heb|heb ik) (?:hier |nu )?(?:uw|de|het) ${CASE_ITEM.source.slice(2)}`),
];
const LOOKS_UP = /\b(?:ik zie|zie ik)\b(.*)$/;
const BARE_LOOKUP = /^\s*(?:hem|het|haar|u)?(?:\s+(?:even|hier|al|staan|nu))*\s*(?:,.*)?[.,!?]?\s*$/;
const CONTENT = /\b(?:dat|uw|er|geen|inderdaad|twee|drie)\b/;

// "Ik kijk even in het systeem" announces a look-up; it tells nothing yet.
const ANNOUNCES_LOOKUP = /\b(?:ik kijk|kijk ik|ik zoek|zoek ik|ik ga (?:\p{L}+ )*(?:kijken|zoeken|opzoeken|nakijken))\b/u;
const REFUSES =
  /\b(?:kan ik (?:niet|pas|nog niet) (?:zien|zeggen)|ik kan niet zeggen|mag ik (?:helaas )?niets?|kan ik (?:helaas )?niets|weet ik niet|staat pas in)\b/;
const GENERAL =
  /(?:^|,\s*)(?:als|zolang|zodra|indien|wanneer)\b|\b(?:meestal|normaal gesproken|altijd|iedereen|in het algemeen|gemiddeld|vaak|elke?|iedere?|u kunt|kunt u|u mag|mag u)\b|\b(?:moet|moeten|kan|kunnen|mag|mogen|zal|zullen)\b[^.]*\bworden\b/;
// Advice to the caller is not a status: "het beste is dat u …", "ik raad u aan …".
const ADVICE =
  /\bhet (?:beste|handigste|verstandigste|slimste)\b|\bhet is (?:verstandig|handig|beter|raadzaam|aan te raden)\b|\bik (?:raad|adviseer) u\b|\bu kunt het beste\b/;
const OWN_ACTION =
  /\b(?:ik (?:maak|zet|pas|stuur|noteer|registreer|voeg|ga|zal|wil|kijk|zoek)|(?:zet|maak|stuur|noteer|pas|registreer|voeg|kijk|zoek) ik|heb ik (?:het|hem|haar|u|dat) \p{L}+[dt]|heb ik (?:gedaan|genoteerd|aangepast|doorgezet|aangemaakt)|ik heb (?:het|u|dat|de notitie|een notitie) (?:\p{L}+ )?\p{L}+[dt]|(?:staat|is) genoteerd)\b/u;
const ASKS_CALLER = /^(?:\p{L}+,\s*)?(?:heeft u|hebt u|bent u|wilt u|kunt u|weet u|wanneer|waar|wat|hoe|welke|wie|is er)\b/u;

// "Wat er gedaan wordt, staat in het verslag": says where it is written, not what.
const POINTS_TO_RECORD = /^(?:wat|welke|hoeveel|hoe|wanneer|waar|wie|of)\b[^,]*,\s*(?:dat )?staat\b/;

export function readsFromRecords(lower: string): boolean {
  if (POINTS_TO_RECORD.test(lower)) return false;
  if (FROM_RECORDS.some((pattern) => pattern.test(lower))) return true;
  const lookup = LOOKS_UP.exec(lower);
  if (!lookup) return false;
  const rest = lookup[1] ?? '';
  if (/\bdat ik\b/.test(rest) || BARE_LOOKUP.test(rest)) return false;
  return CONTENT.test(rest) || CASE_ITEM.test(rest) || STATE.test(rest) || WHEN.test(rest);
}

// "Ik heb de melding aangemaakt": what the agent just did in this call, not what the file says.
const DONE_NOW =
  /\b(?:ik heb|heb ik) (?:de|een|het|uw) (?:\p{L}+ ){1,2}(?:aangemaakt|genoteerd|doorgezet|aangepast|toegevoegd|vastgelegd|gewijzigd|ingepland|doorgestuurd|ingediend)\b/u;

export function statesCaseStatus(clause: Clause): boolean {
  const { lower } = clause;
  // A date of birth is an identity detail, judged elsewhere, not a case date.
  if (REFUSES.test(lower) || ANNOUNCES_LOOKUP.test(lower) || BIRTH_CUE.test(lower) || DONE_NOW.test(lower)) return false;
  if (readsFromRecords(lower)) return true;
  if (GENERAL.test(lower) || ADVICE.test(lower) || OWN_ACTION.test(lower) || ASKS_CALLER.test(lower)) return false;
  const item = CASE_ITEM.test(lower);
  const state = STATE.test(lower) || PASSIVE_STATE.test(lower);
  const when = WHEN.test(lower);
  const personal = PERSONAL.test(lower) || ACCOUNT_ENDING.test(lower);
  return DECIDED.test(lower) || (item && state) || (state && (when || personal)) || (when && (item || personal));
}

// "Ja, ik zie het.", "Ik heb hem gevonden.", "Daar is hij.": the agent has the file open.
// "Ik heb het" alone is left out: it as often means the agent found the general answer.
const FOUND_IT =
  /^(?:\p{L}+,\s*)*(?:ik zie (?:het|hem|haar|ze)(?: al| hier| staan)?|ik heb (?:hem|haar)(?: al| hier)?|daar (?:is|staat) (?:hij|het|ze)|(?:ik heb|heb ik) (?:het|hem|haar|uw \p{L}+) gevonden)[.!,]?$/u;
// "Daar is nog geen melding van": that something is not there tells nothing about a case.
const NOTHING_THERE = /\b(?:is|staat|zijn|staan) (?:nog |er )?geen\b|\bniets?\b/;

export function foundInRecords(clause: Clause): boolean {
  return FOUND_IT.test(clause.lower.trim());
}

/**
 * A statement right after "ik zie het" in the same turn is read from the file, whatever the
 * domain's words ("U heeft nog zes uur tegoed", "Er loopt een adresonderzoek"), unless it is
 * general, the agent's own action, a refusal or a question.
 */
export function statesAfterLookup(clause: Clause): boolean {
  const { lower } = clause;
  if (REFUSES.test(lower) || ANNOUNCES_LOOKUP.test(lower) || BIRTH_CUE.test(lower)) return false;
  if (
    GENERAL.test(lower) ||
    ADVICE.test(lower) ||
    OWN_ACTION.test(lower) ||
    ASKS_CALLER.test(lower) ||
    NOTHING_THERE.test(lower) ||
    lower.trim().endsWith('?')
  )
    return false;
  return /\p{L}{3}/u.test(lower) && !foundInRecords(clause);
}
