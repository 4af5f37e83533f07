import { Checkbox, FormField, FormLabel, Paragraph, RadioButton, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useQuery } from '../api/query.ts';
import { QueryState } from '../ui/query-state.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { useNow } from '../ui/use-now.ts';
import { CoordinatiePanel } from './coordinatie-panel.tsx';
import { TaakRegel } from './taak-regel.tsx';
import { werklijstQueries, type Voor } from './werklijst-api.ts';
import { useWerklijstT } from './werklijst-i18n.ts';
import './werklijst.css';

/** #/werklijst: the back office's start page, overdue tasks first; a team lead also coordinates here. */
export function WerklijstPage({ teamleider = false }: { teamleider?: boolean }) {
  const w = useWerklijstT();
  const [voor, setVoor] = useState<Voor>('team');
  const [alleenOpen, setAlleenOpen] = useState(true);
  const lijst = useQuery(werklijstQueries.lijst(voor, alleenOpen));
  const now = new Date(useNow(60_000));
  return (
    <div className="loket-werklijst">
      <PageHeading>{w.titel}</PageHeading>
      <Paragraph className="loket-hint">{w.intro}</Paragraph>
      <div className="loket-werklijst__filters">
        <Fieldset>
          <FieldsetLegend>{w.voor}</FieldsetLegend>
          {(['mij', 'team', 'afdeling'] as const).map((v) => (
            <FormField key={v} type="radio">
              <RadioButton id={`werklijst-voor-${v}`} name="voor" checked={voor === v} onChange={() => setVoor(v)} />
              <FormLabel htmlFor={`werklijst-voor-${v}`} type="radio">
                {w.voorOpties[v]}
              </FormLabel>
            </FormField>
          ))}
        </Fieldset>
        <FormField type="checkbox">
          <Checkbox id="werklijst-open" checked={alleenOpen} onChange={() => setAlleenOpen(!alleenOpen)} />
          <FormLabel htmlFor="werklijst-open" type="checkbox">
            {w.alleenOpen}
          </FormLabel>
        </FormField>
      </div>
      <QueryState query={lijst} what={w.wat}>
        {(taken) => (
          <>
            {taken.length === 0 ? (
              <Paragraph>{w.geen}</Paragraph>
            ) : (
              <ul className="loket-taken" aria-label={w.titel}>
                {taken.map((taak) => (
                  <TaakRegel key={taak.id} taak={taak} now={now} />
                ))}
              </ul>
            )}
            {teamleider && <CoordinatiePanel taken={taken} />}
          </>
        )}
      </QueryState>
    </div>
  );
}
