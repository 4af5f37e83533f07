import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useRealtime } from '../api/realtime.tsx';
import { useT } from '../i18n/i18n.tsx';
import { useKwaliteitT } from '../kwaliteit/kwaliteit-i18n.ts';
import { metOnthulling, onthulling, soorten, type Onthulling } from './onthulling-logic.ts';

/**
 * Warns the agent on a call, while it goes on, that they disclosed personal details before the
 * citizen was verified. Read out once through the page's announcer (the warning itself is not a
 * live region, so nothing is read twice); it stays until the agent closes it.
 */
export function OnthullingWaarschuwing({ gesprekId, announce }: { gesprekId: string; announce: (text: string) => void }) {
  const t = useT();
  const w = t.gesprek.onthulling;
  // The quality screens already name every kind of detail the analysis finds.
  const naam = useKwaliteitT().gesprek.gegeven;
  const [hits, setHits] = useState<Onthulling[]>([]);
  useEffect(() => setHits([]), [gesprekId]);

  useRealtime((event) => {
    const hit = onthulling(event, gesprekId);
    if (!hit || hits.some((o) => o.key === hit.key)) return;
    setHits((list) => metOnthulling(list, hit));
    announce(w.melding(naam[hit.gegeven] ?? hit.gegeven));
  });

  if (hits.length === 0) return null;
  const gegevens = soorten(hits)
    .map((g) => naam[g] ?? g)
    .join(', ');
  const close = () => {
    setHits([]);
    // The button goes: keep focus near, on the verification the warning asks for when it is there.
    setTimeout(() => (document.getElementById('verificatie-titel') ?? document.querySelector<HTMLElement>('#inhoud h1'))?.focus(), 0);
  };
  return (
    <section className="loket-notice" aria-labelledby="onthulling-titel" data-testid="onthulling">
      <Alert type="warning">
        <h2 id="onthulling-titel" className="utrecht-heading-3">
          {w.titel}
        </h2>
        <Paragraph>{w.gedeeld(gegevens)}</Paragraph>
        <Paragraph>{w.advies}</Paragraph>
        <Button appearance="secondary-action-button" onClick={close}>
          {w.sluiten}
        </Button>
      </Alert>
    </section>
  );
}
