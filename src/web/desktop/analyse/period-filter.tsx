import {
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import type { Period } from './analyse-api.ts';
import { useAnalyseT } from './analyse-i18n.ts';
import { humanize } from './analyse-logic.ts';
import { periodProblem, type PeriodProblem } from './period-logic.ts';

export interface Selection extends Period {
  category: string;
}

/** Period and topic, applied together on submit so the views do not reload while a date is typed. */
export function PeriodFilter({
  selection,
  categories,
  onApply,
}: {
  selection: Selection;
  categories: string[];
  onApply: (selection: Selection) => void;
}) {
  const a = useAnalyseT();
  const [draft, setDraft] = useState(selection);
  const [problem, setProblem] = useState<PeriodProblem | null>(null);
  const set = (field: keyof Selection) => (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setDraft((d) => ({ ...d, [field]: event.target.value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = periodProblem(draft);
    setProblem(found);
    if (found === null) onApply(draft);
  };
  const describedBy = problem ? 'an-periode-fout an-periode-hulp' : 'an-periode-hulp';

  return (
    <form className="loket-filters loket-an-filters" aria-label={a.filter.titel} noValidate onSubmit={submit}>
      <FormField invalid={problem !== null}>
        <FormLabel htmlFor="an-van">{a.filter.van}</FormLabel>
        <Textbox
          id="an-van"
          type="date"
          value={draft.from}
          required
          invalid={problem !== null}
          aria-invalid={problem !== null || undefined}
          aria-describedby={describedBy}
          onChange={set('from')}
        />
      </FormField>
      <FormField invalid={problem !== null}>
        <FormLabel htmlFor="an-tot">{a.filter.tot}</FormLabel>
        <Textbox
          id="an-tot"
          type="date"
          value={draft.to}
          required
          invalid={problem !== null}
          aria-invalid={problem !== null || undefined}
          aria-describedby={describedBy}
          onChange={set('to')}
        />
      </FormField>
      <FormField>
        <FormLabel htmlFor="an-onderwerp">{a.filter.onderwerp}</FormLabel>
        <Select id="an-onderwerp" value={draft.category} aria-describedby="an-onderwerp-hulp" onChange={set('category')}>
          <SelectOption value="">{a.filter.alle}</SelectOption>
          {categories.map((c) => (
            <SelectOption key={c} value={c}>
              {humanize(c)}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <Button type="submit" appearance="primary-action-button">
        {a.filter.toon}
      </Button>
      <div className="loket-an-filters__help">
        {problem && (
          <FormFieldErrorMessage id="an-periode-fout" className="loket-error" role="alert">
            {a.filter.fout[problem]}
          </FormFieldErrorMessage>
        )}
        <FormFieldDescription id="an-periode-hulp" className="loket-hint">
          {a.filter.periodeHulp}
        </FormFieldDescription>
        <FormFieldDescription id="an-onderwerp-hulp" className="loket-hint">
          {a.filter.onderwerpHulp}
        </FormFieldDescription>
      </div>
    </form>
  );
}
