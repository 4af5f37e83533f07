import { Button, FormField, FormLabel, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useCollegas } from '../api/use-collegas.ts';
import type { KwaliteitFilter } from './kwaliteit-api.ts';
import { useKwaliteitT } from './kwaliteit-i18n.ts';
import { checkPeriode } from './kwaliteit-logic.ts';

interface Draft {
  van: string;
  tot: string;
  medewerkerId: string;
  teamId: string;
}

const EMPTY: Draft = { van: '', tot: '', medewerkerId: '', teamId: '' };

/** Period, agent and team, applied together on submit so the tables do not reload on every keystroke. */
export function KwaliteitFilters({ onApply }: { onApply: (filter: KwaliteitFilter) => void }) {
  const k = useKwaliteitT();
  const collegas = useCollegas();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [fout, setFout] = useState(false);
  const set = (field: keyof Draft) => (e: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setDraft((d) => ({ ...d, [field]: e.target.value }));

  const apply = (next: Draft) => {
    const probleem = checkPeriode(next.van, next.tot);
    setFout(probleem !== null);
    if (probleem) return;
    onApply(Object.fromEntries(Object.entries(next).filter(([, v]) => v !== '')));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply(draft);
  };
  const clear = () => {
    setDraft(EMPTY);
    apply(EMPTY);
  };

  return (
    <form className="loket-filters loket-kw-filters" aria-label={k.filters.titel} noValidate onSubmit={submit}>
      <FormField>
        <FormLabel htmlFor="kw-van">{k.filters.van}</FormLabel>
        <Textbox id="kw-van" type="date" value={draft.van} onChange={set('van')} />
      </FormField>
      <FormField>
        <FormLabel htmlFor="kw-tot">{k.filters.tot}</FormLabel>
        <Textbox
          id="kw-tot"
          type="date"
          value={draft.tot}
          onChange={set('tot')}
          invalid={fout}
          aria-invalid={fout || undefined}
          aria-describedby={fout ? 'kw-tot-fout' : undefined}
        />
      </FormField>
      <FormField>
        <FormLabel htmlFor="kw-medewerker">{k.filters.medewerker}</FormLabel>
        <Select id="kw-medewerker" value={draft.medewerkerId} onChange={set('medewerkerId')}>
          <SelectOption value="">{k.filters.alle}</SelectOption>
          {collegas?.results.map((c) => (
            <SelectOption key={c.medewerkerId} value={c.medewerkerId}>
              {c.naam}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <FormField>
        <FormLabel htmlFor="kw-team">{k.filters.team}</FormLabel>
        <Select id="kw-team" value={draft.teamId} onChange={set('teamId')}>
          <SelectOption value="">{k.filters.alle}</SelectOption>
          {collegas?.teams.map((team) => (
            <SelectOption key={team.id} value={team.id}>
              {team.naam}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <div className="loket-kw-filters__knoppen">
        <Button type="submit" appearance="primary-action-button">
          {k.filters.toepassen}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={clear}>
          {k.filters.wissen}
        </Button>
      </div>
      {fout && (
        <p id="kw-tot-fout" className="loket-kw-field-error" role="alert">
          {k.filters.volgorde}
        </p>
      )}
    </form>
  );
}
