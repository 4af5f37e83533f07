import { Button, FormField, FormFieldDescription, FormLabel, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useQuery } from '../../api/query.ts';
import { medewerkersQueries } from '../medewerkers/medewerkers-api.ts';
import { useVerwerkingenT } from './verwerkingen-i18n.ts';
import { LEGE_ZOEKVRAAG, zoekFout, type Zoekvraag } from './verwerkingen-logic.ts';

/** The search over the log: medewerker, partij, period and purpose; a wrong field is named and focused. */
export function VerwerkingenFilter({ zoekvraag, onZoek }: { zoekvraag: Zoekvraag; onZoek: (z: Zoekvraag) => void }) {
  const m = useVerwerkingenT();
  const medewerkers = useQuery(medewerkersQueries.lijst());
  const [waarden, setWaarden] = useState(zoekvraag);
  const [fout, setFout] = useState<{ veld: keyof Zoekvraag; tekst: string }>();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (fout) form.current?.querySelector<HTMLElement>(`[name="${fout.veld}"]`)?.focus();
  }, [fout]);
  useEffect(() => setWaarden(zoekvraag), [zoekvraag]);

  const set = (veld: keyof Zoekvraag) => (e: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setWaarden((w) => ({ ...w, [veld]: e.target.value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const probleem = zoekFout(waarden);
    if (probleem) return setFout({ veld: probleem.veld, tekst: m.fouten[probleem.fout] });
    setFout(undefined);
    onZoek(waarden);
  };
  const foutProps = (veld: keyof Zoekvraag) => (fout?.veld === veld ? { invalid: true, 'aria-describedby': 'verwerkingen-fout' } : {});
  const tekstveld = (veld: 'van' | 'tot' | 'doel', label: string, type: 'date' | 'text') => (
    <FormField>
      <FormLabel htmlFor={`verwerkingen-${veld}`}>{label}</FormLabel>
      <Textbox id={`verwerkingen-${veld}`} name={veld} type={type} value={waarden[veld]} onChange={set(veld)} {...foutProps(veld)} />
    </FormField>
  );

  return (
    <form ref={form} className="loket-verwerkingen__filter" aria-label={m.zoeken} onSubmit={submit} noValidate>
      <FormField>
        <FormLabel htmlFor="verwerkingen-gebruiker">{m.medewerker}</FormLabel>
        <Select id="verwerkingen-gebruiker" name="gebruiker" value={waarden.gebruiker} onChange={set('gebruiker')}>
          <SelectOption value="">{m.iedereen}</SelectOption>
          {(medewerkers.data ?? []).map((mw) => (
            <SelectOption key={mw.id} value={mw.id}>
              {mw.naam}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <FormField>
        <FormLabel htmlFor="verwerkingen-partij">{m.partij}</FormLabel>
        <FormFieldDescription id="verwerkingen-partij-hulp">{m.partijHulp}</FormFieldDescription>
        <Textbox
          id="verwerkingen-partij"
          name="partij"
          value={waarden.partij}
          spellCheck={false}
          autoComplete="off"
          onChange={set('partij')}
          invalid={fout?.veld === 'partij'}
          aria-describedby={`verwerkingen-partij-hulp${fout?.veld === 'partij' ? ' verwerkingen-fout' : ''}`}
        />
      </FormField>
      {tekstveld('van', m.van, 'date')}
      {tekstveld('tot', m.tot, 'date')}
      {tekstveld('doel', m.doel, 'text')}
      {fout && (
        <p id="verwerkingen-fout" role="alert" className="loket-error">
          {fout.tekst}
        </p>
      )}
      <div className="loket-bron-formulier__acties">
        <Button type="submit" appearance="primary-action-button">
          {m.zoek}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={() => (setFout(undefined), onZoek(LEGE_ZOEKVRAAG))}>
          {m.wissen}
        </Button>
      </div>
    </form>
  );
}
