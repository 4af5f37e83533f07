/** Shapes of the transcript analysis (conversation analytics). */

export type Speaker = 'agent' | 'klant';

export interface TranscriptSegment {
  speaker: Speaker;
  /** seconds from the start of the call */
  start: number;
  end: number;
  text: string;
}

export type DisclosureKind = 'adres' | 'geboortedatum' | 'bsn' | 'zaakstatus' | 'bedrag' | 'telefoonnummer' | 'email' | 'iban' | 'naam';

export interface Silence {
  start: number;
  end: number;
  afterSegment: number;
}

export interface Disclosure {
  segment: number;
  kind: DisclosureKind;
  beforeVerification: boolean;
}

export interface PhraseHit {
  segment: number;
  phrase: string;
}

export interface TranscriptAnalysis {
  silences: Silence[];
  /** the klant segment that completed identification, or null when it never was */
  verifiedAtSegment: number | null;
  disclosures: Disclosure[];
  phrases: PhraseHit[];
}

export interface AnalyzeOptions {
  /** a gap of at least this many seconds between two segments is a silence (default 5) */
  silenceSeconds?: number;
  /** phrases to flag in what the caller says */
  phrases?: string[];
  /** the segment at which the agent pressed "geverifieerd" in the desktop */
  verifiedAtSegment?: number | null;
}
