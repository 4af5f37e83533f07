import { useState } from 'react';
import { foutmelding } from '../api/query.ts';
import { useT } from '../i18n/i18n.tsx';

export interface TestUitslag {
  ok: boolean;
  melding: string;
  duurMs: number;
}

export interface TestTeksten {
  testBezig: string;
  testOk: (melding: string, ms: number) => string;
  testMis: (melding: string, ms: number) => string;
}

/**
 * The connection test of a beheer card (a source, a channel): runs it, announces the outcome and
 * gives the text and class for the card's status line, so every card says it alike.
 */
export function useVerbindingTest(test: () => Promise<TestUitslag>, teksten: TestTeksten, announce: (text: string) => void) {
  const t = useT();
  const [staat, setStaat] = useState<TestUitslag | { fout: string } | 'bezig'>();
  const tekst = (s: typeof staat) =>
    s === 'bezig'
      ? teksten.testBezig
      : !s
        ? ''
        : 'fout' in s
          ? s.fout
          : s.ok
            ? teksten.testOk(s.melding, s.duurMs)
            : teksten.testMis(s.melding, s.duurMs);
  const testen = async () => {
    setStaat('bezig');
    let uitkomst: TestUitslag | { fout: string };
    try {
      uitkomst = await test();
    } catch (e) {
      uitkomst = { fout: t.app.fout(foutmelding(e)) };
    }
    setStaat(uitkomst);
    announce(tekst(uitkomst));
  };
  const klasse = !staat || staat === 'bezig' ? '' : 'ok' in staat && staat.ok ? ' loket-bron__test--ok' : ' loket-bron__test--mis';
  return { bezig: staat === 'bezig', testen, tekst: tekst(staat), klasse: `loket-bron__test${klasse}` };
}
