import type { RefObject } from 'react';
import { useKennisbankT } from './kennisbank-i18n.ts';
import type { Field, Problem } from './kennisbank-logic.ts';
import { fieldLabel } from './artikel-editor-parts.tsx';

/** The id of the input an error about `field` links to (the audience group links to its first box). */
const inputId = (field: Field) => (field === 'audience' ? 'kb-audience-inwoner' : `kb-${field}`);

/** The editor's validation problems as texts, per-field messages and the aria wiring of each input. */
export function useFieldErrors(problems: Problem[]) {
  const k = useKennisbankT();
  const problemText = (p: Problem): string => {
    const label = fieldLabel(k, p.field);
    if (p.kind === 'verplicht') return k.editor.verplicht(label);
    if (p.kind === 'teLang') return k.editor.teLang(label, p.max);
    if (p.kind === 'idOngeldig') return k.editor.idOngeldig;
    return k.editor.doelgroepVerplicht;
  };
  const errorOf = (field: Field) => problems.find((p) => p.field === field);
  /** Props for an input: its description and error ids, and aria-invalid. */
  const described = (field: Field, hint = false) => {
    const error = errorOf(field);
    const ids = [hint && `kb-${field}-hulp`, field === 'summary' && 'kb-summary-teller', error && `kb-${field}-fout`]
      .filter(Boolean)
      .join(' ');
    return { 'aria-describedby': ids || undefined, 'aria-invalid': error ? true : undefined, invalid: Boolean(error) };
  };
  const fieldError = (field: Field) => {
    const error = errorOf(field);
    return error ? (
      <p id={`kb-${field}-fout`} className="loket-kb-field-error">
        {problemText(error)}
      </p>
    ) : null;
  };
  return { problemText, errorOf, described, fieldError };
}

export type FieldErrors = ReturnType<typeof useFieldErrors>;

/** One summary of every problem, focused after a refused save; each links to (and focuses) its field. */
export function ErrorSummary({
  problems,
  errors,
  summaryRef,
}: {
  problems: Problem[];
  errors: FieldErrors;
  summaryRef: RefObject<HTMLDivElement | null>;
}) {
  const k = useKennisbankT();
  if (problems.length === 0) return null;
  return (
    <div ref={summaryRef} tabIndex={-1} className="loket-kb-error-summary" aria-labelledby="kb-fouten-titel">
      <h2 id="kb-fouten-titel" className="utrecht-heading-2">
        {k.editor.foutenTitel(problems.length)}
      </h2>
      <ul>
        {problems.map((p) => (
          <li key={p.field}>
            <a
              href={`#${inputId(p.field)}`}
              onClick={(e) => {
                e.preventDefault();
                document.getElementById(inputId(p.field))?.focus();
              }}
            >
              {errors.problemText(p)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
