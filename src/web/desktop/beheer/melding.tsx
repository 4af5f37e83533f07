import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';

export type BeheerMelding = { type: 'ok' | 'error'; tekst: string };

/**
 * What a beheer action did. It takes the focus when it appears: after a save the form is gone,
 * and focus should land on what happened rather than at the top of the page.
 */
export function Melding({ melding }: { melding: BeheerMelding | undefined }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (melding) ref.current?.focus();
  }, [melding]);
  if (!melding) return null;
  return (
    <div ref={ref} tabIndex={-1}>
      <Alert type={melding.type} className="loket-notice">
        <Paragraph>{melding.tekst}</Paragraph>
      </Alert>
    </div>
  );
}
