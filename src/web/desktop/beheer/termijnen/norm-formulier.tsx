import { Button, FormField, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { foutmelding, keys, useApiMutation } from '../../api/query.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Veld } from '../bron-velden.tsx';
import { EENHEDEN, normBeginwaarden, normInvoer, type Eenheid, type NormFormulier as Waarden } from './norm-logic.ts';
import { termijnenApi, type NormWijziging, type Servicenorm } from './termijnen-api.ts';
import { useTermijnenT } from './termijnen-i18n.ts';

const FOUT_ID = 'norm-fout';

/** One channel's norm and target, checked as the server will check them. */
export function NormFormulier({ norm, onSaved, onCancel }: { norm: Servicenorm; onSaved: () => void; onCancel: () => void }) {
  const m = useTermijnenT();
  const t = useT();
  const naam = m.kanaal[norm.kanaal] ?? norm.kanaal;
  const [waarden, setWaarden] = useState<Waarden>(() => normBeginwaarden(norm.normSeconden, norm.doelPercentage));
  const [fout, setFout] = useState<{ veld: string; tekst: string }>();
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (fout) form.current?.querySelector<HTMLElement>(fout.veld ? `[name="${fout.veld}"]` : `#${FOUT_ID}`)?.focus();
  }, [fout]);
  const opslaan = useApiMutation(
    (invoer: NormWijziging) => termijnenApi.wijzigNorm(norm.kanaal, invoer),
    () => [keys.servicenormen()],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const uitkomst = normInvoer(waarden);
    if ('fout' in uitkomst) return setFout({ veld: uitkomst.fout.veld, tekst: m.bewerken.fouten[uitkomst.fout.soort] });
    setFout(undefined);
    try {
      await opslaan.mutateAsync(uitkomst.invoer);
      onSaved();
    } catch (e) {
      setFout({ veld: '', tekst: t.app.fout(foutmelding(e)) });
    }
  };

  const velden: Record<string, string> = { getal: waarden.getal, doel: waarden.doel };
  const set = (name: string, value: string) => setWaarden((w) => ({ ...w, [name]: value }));
  return (
    <form ref={form} className="loket-panel loket-bron-formulier" aria-labelledby="norm-titel" onSubmit={(e) => void submit(e)} noValidate>
      <h3 id="norm-titel" ref={heading} tabIndex={-1} className="utrecht-heading-3">
        {m.bewerken.titel(naam)}
      </h3>
      <Veld
        name="getal"
        label={m.bewerken.getal}
        hulp={m.bewerken.getalHulp}
        inputMode="numeric"
        waarden={velden}
        fout={fout}
        onChange={set}
        idPrefix="norm"
      />
      <FormField>
        <FormLabel htmlFor="norm-eenheid">{m.bewerken.eenheid}</FormLabel>
        <Select
          id="norm-eenheid"
          name="eenheid"
          value={waarden.eenheid}
          onChange={(e: ChangeEvent<HTMLSelectElement>) => setWaarden((w) => ({ ...w, eenheid: e.target.value as Eenheid }))}
        >
          {EENHEDEN.map((eenheid) => (
            <SelectOption key={eenheid} value={eenheid}>
              {m.bewerken.eenheden[eenheid]}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <Veld
        name="doel"
        label={m.bewerken.doel}
        hulp={m.bewerken.doelHulp}
        inputMode="numeric"
        waarden={velden}
        fout={fout}
        onChange={set}
        idPrefix="norm"
      />
      {fout && (
        <p id={FOUT_ID} role="alert" tabIndex={-1} className="loket-error">
          {fout.tekst}
        </p>
      )}
      <div className="loket-bron-formulier__acties">
        <Button type="submit" appearance="primary-action-button" busy={opslaan.isPending} disabled={opslaan.isPending}>
          {m.bewerken.opslaan}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel} disabled={opslaan.isPending}>
          {m.bewerken.annuleren}
        </Button>
      </div>
    </form>
  );
}
