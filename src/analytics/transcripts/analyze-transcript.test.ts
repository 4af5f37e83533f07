import { describe, expect, it } from 'vitest';
import { analyzeTranscript } from './analyze-transcript.ts';
import type { TranscriptSegment } from './types.ts';

const call: TranscriptSegment[] = [
  { speaker: 'agent', start: 0, end: 2, text: 'Gemeente Noordhaven, met Lisa.' },
  { speaker: 'klant', start: 2.5, end: 6, text: 'Met Henk Bos. Ik wil weten of mijn kapvergunning er al is.' },
  { speaker: 'agent', start: 6.5, end: 9, text: 'Ik zie dat uw aanvraag vorige week is goedgekeurd.' },
  { speaker: 'klant', start: 15, end: 18, text: 'Mooi. Ik ben het er niet mee eens dat het zo lang duurde.' },
  { speaker: 'agent', start: 18.5, end: 20, text: 'Mag ik nog uw geboortedatum en postcode?' },
  { speaker: 'klant', start: 20.5, end: 23, text: 'Acht augustus zeventig, 9711 AB.' },
  { speaker: 'agent', start: 23.5, end: 26, text: 'Dank u. Het besluit is op maandag verstuurd.' },
];

describe('analyzeTranscript', () => {
  it('combines silences, verification, disclosures and phrases', () => {
    expect(analyzeTranscript(call)).toEqual({
      silences: [{ start: 9, end: 15, afterSegment: 2 }],
      verifiedAtSegment: 5,
      disclosures: [
        { segment: 2, kind: 'zaakstatus', beforeVerification: true },
        { segment: 6, kind: 'zaakstatus', beforeVerification: false },
      ],
      phrases: [{ segment: 3, phrase: 'ik ben het er niet mee eens' }],
    });
  });
  it('counts the desktop "geverifieerd" button as verification', () => {
    const result = analyzeTranscript(call, { verifiedAtSegment: 1 });
    expect(result.verifiedAtSegment).toBe(1);
    expect(result.disclosures.every((d) => !d.beforeVerification)).toBe(true);
  });
  it('applies the silence threshold and phrase list from the options', () => {
    const result = analyzeTranscript(call, { silenceSeconds: 0.5, phrases: ['kapvergunning'] });
    expect(result.silences.map((s) => s.afterSegment)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(result.phrases).toEqual([{ segment: 1, phrase: 'kapvergunning' }]);
  });
});
