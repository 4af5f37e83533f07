import { useState, type FormEvent } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { BeheerFormulier, useFormulierFocus } from './beheer-formulier.tsx';
import { Veld } from './bron-velden.tsx';
import { bronnenApi, type Bron, type BronSoort } from './bronnen-api.ts';
import { useBeheerT } from './beheer-i18n.ts';
import { beginwaarden, bronInvoer, geheimenVoor, type Formulier } from './bronnen-logic.ts';
import { Keuzeveld, Vinkveld } from './formulier-veld.tsx';
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
  const focus = useFormulierFocus();
  const { fout, setFout } = focus;
  const [busy, setBusy] = useState(false);

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
    <BeheerFormulier focus={focus} titelId="bron-formulier-titel" titel={titel} kop={2} onSubmit={submit}>
      {veld('naam', f.naam, { hulp: f.naamHulp })}
      <Vinkveld
        id="bron-actief"
        name="actief"
        label={f.actief}
        checked={waarden.actief !== 'false'}
        onChange={(actief) => set('actief', String(actief))}
      />
      {isBrp ? (
        <>
          {veld('apiUrl', f.apiUrl, { type: 'url' })}
          <Keuzeveld
            id="bron-authenticatie"
            name="authenticatie"
            label={f.authenticatie}
            value={auth ?? ''}
            opties={Object.entries(f.authenticaties).map(([waarde, label]) => ({ waarde, label }))}
            onChange={(waarde) => set('authenticatie', waarde)}
          />
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
      <FormulierVoet foutId="bron-fout" fout={fout?.tekst} busy={busy} teksten={f} onCancel={onCancel} />
    </BeheerFormulier>
  );
}
