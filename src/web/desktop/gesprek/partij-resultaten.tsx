import { Button } from '@utrecht/component-library-react';
import type { PartijSummary } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';

/** The hits of a partij search, each with the caller's one action (link to the gesprek, compare). */
export function PartijResultaten({
  results,
  label,
  onChoose,
  disabled,
  chosen,
}: {
  results: PartijSummary[] | undefined;
  label: (p: PartijSummary) => string;
  onChoose: (p: PartijSummary) => void;
  disabled: boolean;
  chosen?: string;
}) {
  const t = useT();
  if (!results || results.length === 0) return null;
  return (
    <ul className="loket-partij-results" aria-label={t.zoeken.resultaten}>
      {results.map((p) => (
        <li key={p.id}>
          <span>
            <strong>{p.volledigeNaam}</strong> <span className="loket-hint">({t.zoeken.klantnummer(p.nummer)})</span>
          </span>
          <Button
            appearance="secondary-action-button"
            onClick={() => onChoose(p)}
            disabled={disabled}
            aria-pressed={chosen === undefined ? undefined : chosen === p.id}
          >
            {label(p)}
          </Button>
        </li>
      ))}
    </ul>
  );
}
