/**
 * Dutch stemmer after the Snowball "dutch" algorithm (Kraaij-Pohlmann style suffix stripping
 * with R1/R2 regions). Expects lowercase input without diacritics.
 */
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'è']);

function isVowel(ch: string | undefined): boolean {
  return ch !== undefined && VOWELS.has(ch);
}

/** Start of the region after the first non-vowel that follows a vowel. */
function regionStart(w: string, from: number): number {
  for (let i = from + 1; i < w.length; i++) {
    if (!isVowel(w[i]) && isVowel(w[i - 1])) return i + 1;
  }
  return w.length;
}

function undouble(w: string): string {
  return /(kk|dd|tt)$/.test(w) ? w.slice(0, -1) : w;
}

/** A valid "en" ending: preceded by a non-vowel and not by "gem". */
function validEn(w: string, end: number): boolean {
  const prev = w[end - 1];
  return prev !== undefined && !isVowel(prev) && w.slice(end - 3, end) !== 'gem';
}

function validS(w: string, end: number): boolean {
  const prev = w[end - 1];
  return prev !== undefined && !isVowel(prev) && prev !== 'j';
}

export function stemDutch(input: string): string {
  if (input.length < 3) return input;
  // Mark y and i that act as consonants, as Snowball does, with upper-case placeholders.
  let w = input.replace(/^y/, 'Y');
  w = w.replace(/([aeiouyè])y/g, '$1Y');
  w = w.replace(/([aeiouyè])i(?=[aeiouyè])/g, '$1I');

  const r1Raw = regionStart(w, 0);
  const r1 = Math.max(r1Raw, 3);
  const r2 = regionStart(w, r1Raw);
  const inR1 = (pos: number): boolean => pos >= r1;
  const inR2 = (pos: number): boolean => pos >= r2;

  // Step 1
  if (w.endsWith('heden')) {
    if (inR1(w.length - 5)) w = `${w.slice(0, -5)}heid`;
  } else if (w.endsWith('ene') || w.endsWith('en')) {
    const len = w.endsWith('ene') ? 3 : 2;
    const end = w.length - len;
    if (inR1(end) && validEn(w, end)) w = undouble(w.slice(0, end));
  } else if (w.endsWith('se') || w.endsWith('s')) {
    const len = w.endsWith('se') ? 2 : 1;
    const end = w.length - len;
    if (inR1(end) && validS(w, end)) w = w.slice(0, end);
  }

  // Step 2
  let eFound = false;
  const step2 = (): void => {
    const end = w.length - 1;
    if (w.endsWith('e') && inR1(end) && !isVowel(w[end - 1])) {
      w = undouble(w.slice(0, end));
      eFound = true;
    }
  };
  step2();

  // Step 3a
  if (w.endsWith('heid') && inR2(w.length - 4) && w[w.length - 5] !== 'c') {
    w = w.slice(0, -4);
    const end = w.length - 2;
    if (w.endsWith('en') && inR1(end) && validEn(w, end)) w = undouble(w.slice(0, end));
  }

  // Step 3b
  if (w.endsWith('end') || w.endsWith('ing')) {
    const end = w.length - 3;
    if (inR2(end)) {
      w = w.slice(0, end);
      if (w.endsWith('ig') && inR2(w.length - 2) && w[w.length - 3] !== 'e') w = w.slice(0, -2);
      else w = undouble(w);
    }
  } else if (w.endsWith('ig')) {
    if (inR2(w.length - 2) && w[w.length - 3] !== 'e') w = w.slice(0, -2);
  } else if (w.endsWith('lijk')) {
    if (inR2(w.length - 4)) {
      w = w.slice(0, -4);
      step2();
    }
  } else if (w.endsWith('baar')) {
    if (inR2(w.length - 4)) w = w.slice(0, -4);
  } else if (w.endsWith('bar')) {
    if (inR2(w.length - 3) && eFound) w = w.slice(0, -3);
  }

  // Step 4: undouble a vowel before a final consonant (maan → man).
  const m = /([^aeiouyèI])(aa|ee|oo|uu)([^aeiouyèI])$/.exec(w);
  if (m) w = `${w.slice(0, -3)}${m[2]?.[0] ?? ''}${m[3] ?? ''}`;

  w = w.replace(/Y/g, 'y').replace(/I/g, 'i');
  // Beyond Snowball: bladkorven/bladkorf and huizen/huis should meet, so fold final v→f, z→s.
  return w.replace(/v$/, 'f').replace(/z$/, 's');
}
