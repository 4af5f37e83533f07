import { foldText } from './normalise.ts';

/**
 * Situations the bot must not answer from the knowledge base, whatever the articles say.
 * Patterns work on folded text (lowercase, no diacritics). They are deliberately about the
 * kind of message (a life at risk, a wish to talk to a person, a question about one's own
 * case, small talk), not about products, so they hold for any municipality's articles.
 */
export type RuleVerdict = 'emergency' | 'handoff_request' | 'personal_case' | 'small_talk';

const EMERGENCY: readonly RegExp[] = [
  /\b(ruik\w*|stinkt|lucht)\b.{0,40}\bgas\b|\bgas(lucht|lek)\b/,
  /\b(brand|in brand|vlammen|fire)\b(?!weer)/,
  /\breageert (niet|nergens)|\bbewusteloos|\bademt niet|\bunconscious|\bnot breathing/,
  /\bbloed(t|en)\b|\bbleeding\b|\bhartaanval|\bheart attack|\bgewond\b|\binjured\b/,
  /\b(wordt|worden) .{0,20}ingebroken|\binbre(ker|kers|ken)\b.{0,30}\b(nu|bezig)|\bbreak-?in\b/,
  /\balleen in (een |de )?(afgesloten |dichte |hete )?auto\b/,
  /\b(verdrink\w*|overval|steekpartij|schietpartij|bedreigt? (me|mij|ons)|zelfmoord|suicide)\b/,
  /\b112\b/,
];

// A person as opposed to the bot.
const PERSON = String.raw`(een |de |echte? )*(medewerker|mens|iemand|persoon|collega|ambtenaar|person|human|agent|someone)`;

const HANDOFF: readonly RegExp[] = [
  new RegExp(
    String.raw`\b(wil|wilde|mag|kan|kun|graag|liever|zou)\b.{0,30}\b${PERSON}\b.{0,40}\b(spreken|praten|bellen|aan de (lijn|telefoon)|contact|terugbellen|teruggebeld)`,
  ),
  new RegExp(String.raw`\b(spreken|praten)\b.{0,15}\b(met|tegen)\b.{0,10}\b${PERSON}\b`),
  new RegExp(String.raw`\b${PERSON}\b.{0,30}\b(in plaats van|ipv|i\.p\.v\.)\b`),
  new RegExp(
    String.raw`\b(wil|wilde|graag|liever|mag ik)\b.{0,15}\b(een |de |echte? )*(medewerker|mens|persoon)\b(?! van de gemeente (zei|heeft|had))`,
  ),
  /\b(verbind|doorverbinden|doorverbonden|transfer)\b/,
  /\b(bel|bellen) (me|mij|ons)\b.{0,20}\bterug\b|\bterugbellen\b|\bteruggebeld\b|\bterugbelverzoek\b|\bcall me back\b/,
  /\b(speak|talk|chat)\b.{0,20}\b(to|with)\b.{0,20}\b(person|human|agent|someone|employee|operator)\b/,
  /\b(contact met (mij|me|ons) op(nemen|neemt))\b/,
  /^\W*(een |echte? )?(medewerker|mens|mensen|human|agent|operator)\W*$/,
];

const PERSONAL_CASE: readonly RegExp[] = [
  /\b(hoe staat het|stand van zaken|status)\b.{0,40}\b(mijn|onze|de)\b/,
  /\b(dossiernummer|klantnummer|zaaknummer|kenmerk|referentienummer|mijn dossier)\b/,
  /^\W*(een )?vraag over (mijn|onze)\b/,
  /\bwaar blijft (mijn|onze)\b/,
  /\b(saldo|tegoed)\b.{0,20}\b(mijn|onze|op)\b|\b(mijn|onze)\b.{0,20}\b(saldo|tegoed)\b/,
  /\bmijn (wmo[- ]?)?(consulent|klantmanager|contactpersoon)\b/,
  /\bwaarom (heb|kreeg|krijg) ik\b.{0,40}\b(minder|meer|geen)\b/,
  // Has my application been handled yet, did you receive my letter: only a case file knows.
  /\b(is|wordt|werd) (mijn|onze) (aanvraag|melding|bezwaar\w*|klacht|verzoek|aangifte|betaling)\b.{0,40}\b(al|goedgekeurd|afgewezen|behandeld|ontvangen|binnen|verwerkt|in behandeling)\b/,
  /\b(heeft|hebben) (u|jullie) (mijn|onze) (aanvraag|melding|brief|mail|e-?mail|bezwaar\w*|formulier|documenten|betaling)\b.{0,20}\b(al|ontvangen|gekregen|binnen|gezien|gelezen)\b/,
  /\bwanneer (krijg|hoor|ontvang) (ik|we|wij)\b.{0,30}\b(over|op) (mijn|onze) (aanvraag|melding|bezwaar\w*|klacht|verzoek)\b/,
  // Where is what I applied for: "wanneer wordt de scootmobiel die ik heb aangevraagd geleverd".
  /\bwanneer\b.{0,60}\b(die|dat) (ik|we|wij) (heb|hebben) (aangevraagd|besteld|gemeld|ingediend|aangemeld)\b/,
  /\b(nog steeds|nog altijd|nog) (niets|niks|geen (reactie|antwoord|bericht|besluit|beslissing))\b.{0,30}\b(gehoord|ontvangen|gekregen|vernomen)\b/,
  // What I owe or am owed: only the file knows the balance.
  /\b(hoeveel|welk bedrag|wat)\b.{0,30}\b(moet ik|moeten wij|moeten we|staat er|er)\b.{0,15}\bnog\b.{0,25}\b(betalen|open|openstaat|openstaan|terug)\b.{0,30}\b(mijn|onze)\b/,
  /\b(nummer|kenmerk|status) van (mijn|onze) (melding|aanvraag|klacht|zaak|bezwaar\w*|verzoek)\b/,
];

/** Messages that are not a citizen's question to the municipality's services at all. */
const NOT_A_SERVICE_QUESTION: readonly RegExp[] = [
  // Job applications and sales pitches are for HR and purchasing, not the contact centre.
  /\b(vacature|sollicit\w*|open sollicitatie|cv)\b/,
  /\b(wij|we) (leveren|bieden|verkopen|ontwikkelen)\b.{0,60}\b(gemeenten|overheden|uw organisatie)\b|\b(vrijblijvende|kennismakings?)\s*(offerte|demo|gesprek)\b/,
  /\bwat voor weer\b|\bweersverwachting\b|\bweerbericht\b/,
];

const SMALL_TALK: readonly RegExp[] = [
  /\b(praat|chat) ik (nu )?met (een )?(robot|computer|bot|mens)\b|\bare you a (bot|robot|human)\b/,
  /\b(mop|grap|grapje|joke)\b/,
  /\bverkeerde (chat|gesprek|nummer)\b/,
  /^\W*(wie ben (je|jij)|hoe gaat het( met (je|jou|u))?|ben (je|jij) een (robot|bot|computer|mens)|tot ziens|fijne dag|prettige dag|goedenacht|thx|super|top bedankt|oke? (dank je( wel)?|bedankt))\W*$/,
  /^\W*(hallo|hoi|hey|hi|hi there|hello|goedemorgen|goedemiddag|goedenavond|goedendag|dag|doei|ok|oke|okay|oké|top|prima|ja|nee|dank\w*|bedankt|thanks|thank you|haha\w*( oke)?|help|test|ik heb een vraag(je)?)\W*$/,
];

/** Leading salutations ("Beste medewerker,") name the reader, not a wish to talk to one. */
function stripSalutation(text: string): string {
  return text.replace(/^\s*(beste|geachte|hallo|goede\w*|dear)\b[^,\n]{0,40}[,\n]/, '');
}

export function applyRules(text: string): RuleVerdict | null {
  const folded = foldText(stripSalutation(text)).replace(/\s+/g, ' ').trim();
  if (EMERGENCY.some((r) => r.test(folded))) return 'emergency';
  if (HANDOFF.some((r) => r.test(folded))) return 'handoff_request';
  if (PERSONAL_CASE.some((r) => r.test(folded))) return 'personal_case';
  if (NOT_A_SERVICE_QUESTION.some((r) => r.test(folded))) return 'small_talk';
  if (!/[a-z]{2}/.test(folded) || SMALL_TALK.some((r) => r.test(folded))) return 'small_talk';
  return null;
}

const COMPLAINT =
  /\b(schandalig|schande|belachelijk|onacceptabel|woedend|boos|ontevreden|klacht|klagen|helemaal mis|graag actie|ben het zat|pik ik niet|onbeschoft|onbeleefd|complaint)\b/;

/** An angry or complaining tone: when no article fits, a person should pick it up. */
export function soundsLikeComplaint(text: string): boolean {
  return COMPLAINT.test(foldText(text));
}

/**
 * Other organisations that own many citizens' questions. A question naming one of them is
 * out of scope unless the best article itself talks about that organisation (the
 * kinderopvangtoeslag article does send people to the Belastingdienst).
 */
const EXTERNAL_BODIES: readonly string[] = [
  'belastingdienst',
  'uwv',
  'duo',
  'svb',
  'ind',
  'cbr',
  'rdw',
  'justis',
  'cak',
  'kvk',
  'huisarts',
  'zorgverzekeraar',
  'zorgverzekering',
  'aow',
  'ww-uitkering',
  'studiefinanciering',
  'vog',
  'notaris',
  'rechtbank',
  'netbeheerder',
  'energieleverancier',
  'bibliotheek',
  'bieb',
  'zwembad',
  'swimming pool',
  'library',
  'waterschap',
  'provincie',
  'gemeenteraad',
  'burgemeester',
  'wethouder',
  'basisschool',
  'verblijfsvergunning',
  'politie',
  'ggd',
  'kadaster',
  'cjib',
  'pensioenfonds',
  'abp',
  'nvwa',
  'rijkswaterstaat',
  'toeslagen',
  'kinderbijslag',
  'zorgtoeslag',
  'huurtoeslag',
  'consulaat',
  'ambassade',
  // Transport, post, telecom and energy companies.
  'ns',
  'prorail',
  'arriva',
  'connexxion',
  'qbuzz',
  'postnl',
  'ziggo',
  'kpn',
  'eneco',
  'vattenfall',
  'essent',
];

export function namedExternalBodies(text: string): string[] {
  const folded = ` ${foldText(text).replace(/[^a-z0-9-]+/g, ' ')} `;
  return EXTERNAL_BODIES.filter((body) => folded.includes(` ${body} `));
}

export function mentions(articleText: string, body: string): boolean {
  return ` ${foldText(articleText).replace(/[^a-z0-9-]+/g, ' ')} `.includes(` ${body} `);
}
