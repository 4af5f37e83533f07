import { Checkbox, FormField, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { Veld } from './bron-velden.tsx';
import { bronnenApi, type Bron, type BronSoort } from './bronnen-api.ts';
import { useBeheerT } from './beheer-i18n.ts';
import { beginwaarden, bronInvoer, geheimenVoor, type Formulier } from './bronnen-logic.ts';
import { FormulierVoet } from './formulier-voet.tsx';

/**
 * Adds or edits a source. Secret fields start empty whatever is stored (the server never sends a
 * secret back); left empty, the stored one stays. Only the fields of the chosen kind and
 * authentication are asked.
 */
export function BronFormulier({
  bron,
  soort,
  onSaved,
  onCancel,
}: {
  bron: Bron | null;
  soort: BronSoort;
  onSaved: (bron: Bron) => void;
  onCancel: () => void;
}) {
  const m = useBeheerT();
  const f = m.formulier;
  const t = useT();
  const [waarden, setWaarden] = useState<Formulier>(() => beginwaarden(bron, soort));
  const [fout, setFout] = useState<{ veld: string; tekst: string }>();
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (fout?.veld) form.current?.querySelector<HTMLElement>(`[name="${fout.veld}"]`)?.focus();
  }, [fout]);

  const set = (name: string, value: string) => setWaarden((w) => ({ ...w, [name]: value }));
  const veld = (name: string, label: string, extra: Partial<Parameters<typeof Veld>[0]> = {}) => (
    <Veld key={name} name={name} label={label} waarden={waarden} fout={fout} onChange={set} {...extra} />
  );
  const ingesteld = bron?.geheimenIngesteld ?? [];
  const isBrp = waarden.soort === 'brp';
  const auth = waarden.authenticatie;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const uitkomst = bronInvoer(waarden, ingesteld);
    if ('fout' in uitkomst) return setFout({ veld: uitkomst.veld, tekst: f.fouten[uitkomst.fout] });
    setFout(undefined);
    setBusy(true);
    try {
      onSaved(bron ? await bronnenApi.wijzig(bron.id, uitkomst.invoer) : await bronnenApi.maak(uitkomst.invoer));
    } catch (e) {
      setFout({ veld: '', tekst: t.app.fout(e instanceof Error ? e.message : String(e)) });
      setBusy(false);
    }
  };

  const titel = bron ? f.bewerkTitel(bron.naam) : f.nieuwTitel(m.bronnen.soort[waarden.soort ?? soort] ?? soort);
  return (
    <form
      ref={form}
      className="loket-panel loket-bron-formulier"
      aria-labelledby="bron-formulier-titel"
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h2 id="bron-formulier-titel" ref={heading} tabIndex={-1} className="utrecht-heading-2">
        {titel}
      </h2>
      {veld('naam', f.naam, { hulp: f.naamHulp })}
      <FormField type="checkbox" className="loket-bron-formulier__actief">
        <Checkbox
          id="bron-actief"
          name="actief"
          checked={waarden.actief !== 'false'}
          onChange={(e) => set('actief', String(e.target.checked))}
        />
        <FormLabel htmlFor="bron-actief" type="checkbox">
          {f.actief}
        </FormLabel>
      </FormField>
      {isBrp ? (
        <>
          {veld('apiUrl', f.apiUrl, { type: 'url' })}
          <FormField>
            <FormLabel htmlFor="bron-authenticatie">{f.authenticatie}</FormLabel>
            <Select
              id="bron-authenticatie"
              name="authenticatie"
              value={auth}
              onChange={(e: ChangeEvent<HTMLSelectElement>) => set('authenticatie', e.target.value)}
            >
              {Object.entries(f.authenticaties).map(([value, label]) => (
                <SelectOption key={value} value={value}>
                  {label}
                </SelectOption>
              ))}
            </Select>
          </FormField>
          {auth === 'oauth2' && (
            <>
              {veld('tokenUrl', f.tokenUrl, { type: 'url' })}
              {veld('clientId', f.clientId)}
              {veld('scope', f.scope)}
            </>
          )}
          {auth === 'certificaat' && veld('certificaat', f.certificaat, { meerdereRegels: true })}
          {veld('doelbinding', f.doelbinding, { hulp: f.doelbindingHulp, meerdereRegels: true })}
          {veld('extraHeaders', f.extraHeaders, { hulp: f.extraHeadersHulp, meerdereRegels: true })}
          {veld('timeoutMs', f.timeoutMs, { hulp: f.timeoutHulp, inputMode: 'numeric' })}
        </>
      ) : (
        <>
          {veld('zakenApiUrl', f.zakenApiUrl, { type: 'url' })}
          {veld('catalogiApiUrl', f.catalogiApiUrl, { type: 'url' })}
          {veld('clientId', f.clientId)}
          {veld('register', f.register, { hulp: f.registerHulp })}
          {veld('timeoutMs', f.timeoutMs, { hulp: f.timeoutHulp, inputMode: 'numeric' })}
        </>
      )}
      {geheimenVoor(isBrp ? 'brp' : 'zaken', auth).map((naam) =>
        veld(`geheim-${naam}`, f.geheim[naam] ?? naam, {
          type: naam === 'sleutel' ? 'text' : 'password',
          meerdereRegels: naam === 'sleutel',
          hulp: ingesteld.includes(naam) ? f.geheimIngesteld : f.geheimNieuw,
        }),
      )}
      <FormulierVoet foutId="bron-fout" fout={fout?.tekst} busy={busy} opslaan={f.opslaan} annuleren={f.annuleren} onCancel={onCancel} />
    </form>
  );
}
