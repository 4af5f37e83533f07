/**
 * Dutch verb forms that the Snowball stemmer leaves apart from their infinitive: the present
 * (bepaalt, werkt), past participles (bepaald, gehaald, verhuisd) and the past tense (haalde,
 * werkte). A final d or t cannot be stripped blindly (tijd, kaart), so a form is mapped to an
 * infinitive only when the vocabulary knows that infinitive as a word, and the spelling rules
 * are followed ('t kofschip for -te/-de, open and closed syllables for the infinitive).
 */
const VOICELESS = /(t|k|f|s|ch|p|x)$/;

/** Verb stems that `word` may be built on. */
function stemsOf(word: string): string[] {
  const stems: string[] = [];
  const past = /^(.{3,}?)(de|te|den|ten)$/.exec(word);
  const stem = past?.[1];
  // 't kofschip: -te after a voiceless consonant, -de after anything else but a vowel.
  if (stem && /[^aeiouy]$/.test(stem) && VOICELESS.test(stem) === past[2]?.startsWith('t')) stems.push(stem);
  const participle = /^ge(.{3,})[dt]$/.exec(word);
  if (participle?.[1]) stems.push(participle[1]);
  const present = /^(.{3,})[dt]$/.exec(word);
  if (present?.[1]) stems.push(present[1]);
  return stems;
}

function infinitives(stem: string): string[] {
  const long = /^(.*[^aeiou])(aa|ee|oo|uu)([^aeiou])$/.exec(stem);
  // Open syllable: haal → halen; voiced again: leef → leven, verhuis → verhuizen.
  if (long) {
    const base = `${long[1]}${long[2]?.[0]}${long[3]}`;
    const forms = [`${base}en`];
    if (base.endsWith('f')) forms.push(`${base.slice(0, -1)}ven`);
    if (base.endsWith('s')) forms.push(`${base.slice(0, -1)}zen`);
    return forms;
  }
  // A short vowel keeps its syllable closed: zet → zetten; unstressed endings do not: regel.
  const short = /^(.*?)([aeiou])([bcdfghjklmnpqrstvwxz])$/.exec(stem);
  if (short && !/[aeiou][aeiouy]$/.test(`${short[1]}${short[2]}`)) {
    const forms = [`${stem}${short[3]}en`];
    if (/[aeiou]/.test(short[1] ?? '')) forms.push(`${stem}en`);
    return forms;
  }
  // Diphthongs and other long vowels: blijf → blijven, verhuis → verhuizen, werk → werken.
  const forms = [`${stem}en`];
  if (stem.endsWith('f')) forms.push(`${stem.slice(0, -1)}ven`);
  if (stem.endsWith('s')) forms.push(`${stem.slice(0, -1)}zen`);
  return forms;
}

/** The infinitive that `word` is a form of, when the vocabulary knows it; otherwise null. */
export function verbInfinitive(word: string, isWord: (w: string) => boolean): string | null {
  if (word.length < 5) return null;
  // Present participle: infinitive + d(e): houdende → houden, wachtend → wachten.
  const participle = /^(.{3,}en)de?$/.exec(word)?.[1];
  if (participle && isWord(participle)) return participle;
  for (const stem of stemsOf(word)) {
    for (const inf of infinitives(stem)) if (inf !== word && isWord(inf)) return inf;
  }
  return null;
}

/**
 * The noun under a diminutive (schuurtje → schuur, boompje → boom, briefjes → brief,
 * karretje → kar), when the vocabulary knows it; otherwise null.
 */
export function diminutiveBase(word: string, isWord: (w: string) => boolean): string | null {
  const m = /^(.{3,}?)(etje|tje|pje|kje|je)s?$/.exec(word);
  const base = m?.[1];
  if (!base) return null;
  if (isWord(base)) return base;
  // A short vowel doubles its consonant before -etje: karretje → kar.
  if (m[2] === 'etje' && /(.)\1$/.test(base) && isWord(base.slice(0, -1))) return base.slice(0, -1);
  return null;
}
