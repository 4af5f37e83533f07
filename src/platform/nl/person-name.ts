/**
 * Dutch personal names: a given name and a surname with optional tussenvoegsels
 * ("Ahmed el Amrani", "Lisa van den Berg", "Jacobs-van Rijn"). A name that starts with a
 * tussenvoegsel ("Van Dijk") or is one word after a title ("mevrouw Yıldız") is a surname only.
 */
import { stripDiacritics } from './word-tokens.ts';

export interface NameMention {
  words: string[];
  start: number;
  end: number;
  hasGivenName: boolean;
  hasSurname: boolean;
}

const TUSSENVOEGSELS = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  "'t",
  'ter',
  'ten',
  'te',
  'in',
  "'s",
  'el',
  'al',
  'la',
  'le',
  'du',
  'da',
  'di',
  'dos',
  'do',
  'von',
  'op',
  'vd',
  'v.d.',
]);
const TITLES = /^(meneer|mevrouw|mevr|mw|dhr|heer|juffrouw|dokter|mr|dr|ir)$/;

// Words that start a sentence or name an organisation, written with a capital but no one's name.
const NOT_NAMES = new Set(
  `ja nee eh ehm hm hmm hallo hoi dag goedemorgen goedemiddag goedenavond goedendag morgen middag nou o oh oké ok okay prima top super sure
  precies klopt dank bedankt graag sorry pardon excuses hier daar dat die dit deze het een ik mijn mij me wij we ons onze ze zij hij hem haar
  u uw jij je jullie men voor op met in aan bij naar van uit over onder tot door om na zonder tegen maar en of want dus als toen omdat
  wat wie waar wanneer hoe waarom welke welk zo wacht even geboren postcode nummer huisnummer adres tja alles niks niets iets iemand
  gemeente team stichting bureau afdeling mijn lindendaal digid mijnoverheid berichtenbox belastingdienst politie ggd cak uwv svb
  januari februari maart april mei juni juli augustus september oktober november december maandag dinsdag woensdag donderdag vrijdag
  zaterdag zondag vandaag gisteren morgen straks nu toch ook nog al wel niet geen heel erg echt gewoon natuurlijk inderdaad misschien
  gelukkig helaas trouwens eigenlijk zeker juist kijk zeg luister hee he ah ach oei oeps jee jeetje pfoe tsja hé fijn mooi goed leuk
  excuus dankjewel dankuwel alstublieft alsjeblieft wilt kunt kan mag moet heb heeft hebt ben bent is zijn was waren wordt word`
    .split(/\s+/)
    .filter(Boolean),
);

export function isTussenvoegsel(word: string): boolean {
  return TUSSENVOEGSELS.has(word.toLowerCase());
}

export function isTitle(word: string): boolean {
  return TITLES.test(stripDiacritics(word.toLowerCase()).replace(/\.$/, ''));
}

/** A capitalised word that can be (part of) a name: "Yıldız", "Jacobs-van", "O'Neill". */
export function isNameWord(word: string): boolean {
  if (NOT_NAMES.has(stripDiacritics(word.toLowerCase()))) return false;
  const parts = word.split('-');
  if (!/^\p{Lu}[\p{Ll}'’]+$/u.test(parts[0] ?? '')) return false;
  return parts.slice(1).every((part) => /^\p{Lu}[\p{Ll}'’]+$/u.test(part) || isTussenvoegsel(part));
}

const WORD = /[\p{L}'’]+(?:-[\p{L}'’]+)*/gu;

/** Name-like word sequences; punctuation other than a hyphen ends a sequence. */
export function findNameMentions(text: string): NameMention[] {
  const mentions: NameMention[] = [];
  const words = [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
  let i = 0;
  while (i < words.length) {
    const sequence: typeof words = [];
    let j = i;
    while (j < words.length) {
      const current = words[j] as (typeof words)[number];
      const previous = sequence[sequence.length - 1];
      if (previous && text.slice(previous.end, current.start) !== ' ') break;
      if (isNameWord(current.word) || (isTussenvoegsel(current.word) && words[j + 1])) sequence.push(current);
      else break;
      j++;
    }
    while (sequence.length > 0 && !isNameWord((sequence[sequence.length - 1] as (typeof words)[number]).word)) sequence.pop();
    // "de dochter van Arie Kok": a lower-case "van" before a given name and a surname is the
    // preposition ("met van Dijk" keeps it: one word after it is a surname with tussenvoegsel).
    const isName = (k: number): boolean => sequence[k] !== undefined && isNameWord((sequence[k] as (typeof words)[number]).word);
    while (sequence.length > 2 && /^\p{Ll}/u.test((sequence[0] as (typeof words)[number]).word) && isName(1) && isName(2)) {
      sequence.shift();
      i++;
    }
    const first = sequence[0];
    const last = sequence[sequence.length - 1];
    if (first && last && (isNameWord(first.word) || /^\p{Lu}/u.test(first.word))) {
      const before = words[i - 1];
      const titled = before !== undefined && isTitle(before.word) && text.slice(before.end, first.start) === ' ';
      const startsWithTussenvoegsel = isTussenvoegsel(first.word);
      const nameWords = sequence.filter((w) => isNameWord(w.word)).length;
      mentions.push({
        words: sequence.map((w) => w.word),
        start: first.start,
        end: last.end,
        // "meneer Ahmet Yilmaz": a title before two name words still leaves a given name.
        hasGivenName: !startsWithTussenvoegsel && nameWords >= 2,
        hasSurname: titled || startsWithTussenvoegsel || nameWords >= 2,
      });
      i += sequence.length;
    } else {
      i = Math.max(j, i + 1);
    }
  }
  return mentions;
}

/** Lower-case name words, for checking whether someone already said a name. */
export function nameKeys(words: string[]): string[] {
  return words
    .filter((w) => !isTussenvoegsel(w))
    .flatMap((w) => w.split('-'))
    .filter((w) => !isTussenvoegsel(w))
    .map((w) => stripDiacritics(w.toLowerCase()));
}
