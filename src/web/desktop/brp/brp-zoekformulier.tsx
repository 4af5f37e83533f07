import { Button, Fieldset, FieldsetLegend, FormField, FormFieldDescription, FormLabel, Textbox } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { BrpZoekvraag } from './brp-api.ts';
import { useBrpT } from './brp-i18n.ts';
import { zoekvraag, type Velden, type ZoekMethode } from './brp-logic.ts';

const METHODEN: ZoekMethode[] = ['bsn', 'naam', 'adres'];
const VELDEN: Record<ZoekMethode, (keyof Velden)[]> = {
  bsn: ['bsn'],
  naam: ['geslachtsnaam', 'geboortedatum'],
  adres: ['postcode', 'huisnummer'],
};

/**
 * The BRP question: by BSN, surname + date of birth, or postcode + house number. Checked before it
 * is sent (elfproef, postcode), so a typo is not a logged lookup; the wrong field gets the focus.
 */
export function BrpZoekformulier({ busy, onZoek }: { busy: boolean; onZoek: (vraag: BrpZoekvraag) => void }) {
  const b = useBrpT();
  const [methode, setMethode] = useState<ZoekMethode>('bsn');
  const [fout, setFout] = useState<{ veld: keyof Velden; tekst: string }>();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (fout) form.current?.querySelector<HTMLInputElement>(`[name="${fout.veld}"]`)?.focus();
  }, [fout]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const velden: Velden = Object.fromEntries(VELDEN[methode].map((v) => [v, String(data.get(v) ?? '')]));
    const uitkomst = zoekvraag(methode, velden);
    if ('fout' in uitkomst) return setFout({ veld: uitkomst.veld, tekst: b.fouten[uitkomst.fout] });
    setFout(undefined);
    onZoek(uitkomst.vraag);
  };

  const veld = (
    name: keyof Velden,
    label: string,
    props: { type?: string; inputMode?: 'numeric'; maxLength?: number; hulp?: string } = {},
  ) => {
    const id = `brp-${name}`;
    const describedBy = [props.hulp ? `${id}-hulp` : '', fout?.veld === name ? 'brp-fout' : ''].filter(Boolean).join(' ') || undefined;
    return (
      <FormField key={name}>
        <FormLabel htmlFor={id}>{label}</FormLabel>
        {props.hulp && <FormFieldDescription id={`${id}-hulp`}>{props.hulp}</FormFieldDescription>}
        <Textbox
          id={id}
          name={name}
          type={props.type ?? 'text'}
          inputMode={props.inputMode}
          maxLength={props.maxLength}
          autoComplete="off"
          invalid={fout?.veld === name}
          aria-describedby={describedBy}
        />
      </FormField>
    );
  };

  return (
    <form ref={form} role="search" aria-label={b.zoek} onSubmit={submit} noValidate className="loket-brp__zoeken">
      <Fieldset>
        <FieldsetLegend>{b.methode}</FieldsetLegend>
        {METHODEN.map((m) => (
          <label key={m} className="loket-radio">
            <input type="radio" name="brp-methode" value={m} checked={methode === m} onChange={() => (setMethode(m), setFout(undefined))} />
            {b.methoden[m]}
          </label>
        ))}
      </Fieldset>
      {methode === 'bsn' && veld('bsn', b.bsn, { inputMode: 'numeric', maxLength: 11, hulp: b.bsnHulp })}
      {methode === 'naam' && (
        <>
          {veld('geslachtsnaam', b.geslachtsnaam, { maxLength: 200 })}
          {veld('geboortedatum', b.geboortedatum, { type: 'date' })}
        </>
      )}
      {methode === 'adres' && (
        <>
          {veld('postcode', b.postcode, { maxLength: 7, hulp: b.postcodeHulp })}
          {veld('huisnummer', b.huisnummer, { inputMode: 'numeric', maxLength: 5 })}
        </>
      )}
      {fout && (
        <p id="brp-fout" role="alert" className="loket-error">
          {fout.tekst}
        </p>
      )}
      <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
        {b.zoek}
      </Button>
    </form>
  );
}
