import type { KeyboardEvent } from 'react';
import { useT } from '../i18n/i18n.tsx';
import type { Sjabloon } from './sjabloon-logic.ts';

/**
 * The templates matching the "/word" being typed, as a list of buttons under the reply box:
 * ↓ from the text field goes here, ↑/↓ move, Enter inserts, Escape goes back to the text.
 */
export function SjabloonKeuze({ keuzes, onKies, onTerug }: { keuzes: Sjabloon[]; onKies: (s: Sjabloon) => void; onTerug: () => void }) {
  const t = useT();
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const buttons = [...event.currentTarget.querySelectorAll('button')];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = index + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) onTerug();
      else buttons[Math.min(next, buttons.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onTerug();
    }
  };
  return (
    <div className="loket-sjablonen" id="antwoord-sjablonen">
      <p className="loket-hint" aria-live="polite">
        {t.gesprek.sjablonen.gevonden(keuzes.length)}
      </p>
      {keuzes.length > 0 && (
        <ul aria-label={t.gesprek.sjablonen.titel} onKeyDown={onKeyDown}>
          {keuzes.map((s) => (
            <li key={s.id}>
              <button type="button" className="loket-sjablonen__keuze" onClick={() => onKies(s)}>
                <strong>{s.titel}</strong>{' '}
                <span className="loket-sjablonen__tekst">{s.tekst.length > 80 ? `${s.tekst.slice(0, 80)}…` : s.tekst}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
