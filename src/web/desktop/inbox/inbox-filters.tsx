import { Fieldset, FieldsetLegend, FormField, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import type { ChangeEvent } from 'react';
import { kanalenMet } from '../../../contract/kanalen.ts';
import { useT } from '../i18n/i18n.tsx';
import type { InboxFilters } from './inbox-logic.ts';
import { useQuery } from '../api/query.ts';
import { labelsQuery } from '../ordenen/ordenen-api.ts';
import { useOrdenenT } from '../ordenen/ordenen-i18n.ts';

/** The channels a gesprek can come in on, from the one catalogue (so Messenger and Instagram too). */
export const KANALEN: readonly string[] = kanalenMet((k) => k.gesprekken);
const STATUSSEN = ['open', 'toegewezen', 'wacht_op_klant'];
const TOON: InboxFilters['filter'][] = ['alle', 'mijn', 'ongetoegewezen'];
const SORTERINGEN: InboxFilters['sorteer'][] = ['', 'wachttijd', 'oudste', 'nieuwste'];
const WEERGAVEN: InboxFilters['weergave'][] = ['inbox', 'gesluimerd'];

export function InboxFilterBar({ value, onChange }: { value: InboxFilters; onChange: (next: InboxFilters) => void }) {
  const t = useT();
  const o = useOrdenenT();
  const labels = useQuery(labelsQuery).data ?? [];
  const sorteerNaam = { '': o.sorteerUrgent, wachttijd: o.sorteerWachttijd, oudste: o.sorteerOudste, nieuwste: o.sorteerNieuwste };
  return (
    <form className="loket-filters" aria-label={t.inbox.filters} onSubmit={(e) => e.preventDefault()}>
      <FormField>
        <FormLabel htmlFor="filter-kanaal">{t.inbox.kanaal}</FormLabel>
        <Select
          id="filter-kanaal"
          value={value.kanaal}
          onChange={(e: ChangeEvent<HTMLSelectElement>) => onChange({ ...value, kanaal: e.target.value })}
        >
          <SelectOption value="">{t.kanaal.alle}</SelectOption>
          {KANALEN.map((k) => (
            <SelectOption key={k} value={k}>
              {t.kanaal[k]}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <FormField>
        <FormLabel htmlFor="filter-status">{t.inbox.status}</FormLabel>
        <Select
          id="filter-status"
          value={value.status}
          onChange={(e: ChangeEvent<HTMLSelectElement>) => onChange({ ...value, status: e.target.value })}
        >
          <SelectOption value="">{t.status.alle}</SelectOption>
          {STATUSSEN.map((s) => (
            <SelectOption key={s} value={s}>
              {t.status[s]}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <FormField>
        <FormLabel htmlFor="filter-label">{o.label}</FormLabel>
        <Select
          id="filter-label"
          value={value.label}
          onChange={(e: ChangeEvent<HTMLSelectElement>) => onChange({ ...value, label: e.target.value })}
        >
          <SelectOption value="">{o.alleLabels}</SelectOption>
          {[...new Set([...labels, ...(value.label ? [value.label] : [])])].map((l) => (
            <SelectOption key={l} value={l}>
              {l}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <FormField>
        <FormLabel htmlFor="filter-sorteer">{o.sorteer}</FormLabel>
        <Select
          id="filter-sorteer"
          value={value.sorteer}
          onChange={(e: ChangeEvent<HTMLSelectElement>) => onChange({ ...value, sorteer: e.target.value as InboxFilters['sorteer'] })}
        >
          {SORTERINGEN.map((s) => (
            <SelectOption key={s} value={s}>
              {sorteerNaam[s]}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <Fieldset className="loket-filters__toon">
        <FieldsetLegend>{o.weergave}</FieldsetLegend>
        {WEERGAVEN.map((w) => (
          <label key={w} className="loket-radio">
            <input
              type="radio"
              name="weergave"
              value={w}
              checked={value.weergave === w}
              onChange={() => onChange({ ...value, weergave: w })}
            />
            {w === 'inbox' ? o.weergaveInbox : o.weergaveGesluimerd}
          </label>
        ))}
      </Fieldset>
      <Fieldset className="loket-filters__toon">
        <FieldsetLegend>{t.inbox.toon}</FieldsetLegend>
        {TOON.map((f) => (
          <label key={f} className="loket-radio">
            <input type="radio" name="toon" value={f} checked={value.filter === f} onChange={() => onChange({ ...value, filter: f })} />
            {t.inbox[f]}
          </label>
        ))}
      </Fieldset>
    </form>
  );
}
