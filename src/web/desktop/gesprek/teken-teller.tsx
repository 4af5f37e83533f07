import { useEffect, useRef, useState } from 'react';

const SPOKEN_AFTER_MS = 700;

/**
 * Characters left in one message: shown at once, spoken only once typing pauses, so a screen
 * reader does not read a number on every key (as in the kennisbank editor's summary).
 */
export function TekenTeller({ id, over, tekst }: { id: string; over: number; tekst: (over: number) => string }) {
  const [spoken, setSpoken] = useState('');
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => setSpoken(tekst(over)), SPOKEN_AFTER_MS);
    return () => clearTimeout(timer);
  }, [over, tekst]);
  return (
    <>
      <p id={id} className={`loket-teller${over < 0 ? ' loket-teller--over' : ''}`} data-testid="teken-teller">
        {tekst(over)}
      </p>
      <p className="loket-visually-hidden" aria-live="polite">
        {spoken}
      </p>
    </>
  );
}
