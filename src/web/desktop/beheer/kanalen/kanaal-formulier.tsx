import { Checkbox, FormField, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { KOPPELING_SOORT_CODES, KOPPELING_SOORTEN, type KoppelingSoort } from '../../../../contract/kanaal-koppelingen.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Veld } from '../bron-velden.tsx';
import { kanalenApi, type Kanaal } from './kanalen-api.ts';
import { useKanalenT } from './kanalen-i18n.ts';
import { beginwaarden, geheimVeld, instellingVeld, isKoppelingSoort, kanaalInvoer, type KanaalWaarden } from './kanalen-logic.ts';
import { FormulierVoet } from '../formulier-voet.tsx';

/**
 * Connects a channel or edits one. The kind is chosen once, for a new connection; its settings and
 * secrets follow from it. Secret fields start empty (the server never sends one back); left
 * empty on an edit, the stored secret stays.
 */
export function KanaalFormulier({
  kanaal,
  onSaved,
  onCancel,
}: {
  kanaal: Kanaal | null;
  onSaved: (k: Kanaal) => void;
  onCancel: () => void;
}) {
  const m = useKanalenT();
  const f = m.formulier;
  const t = useT();
  const [waarden, setWaarden] = useState<KanaalWaarden>(() => beginwaarden(kanaal, 'whatsapp'));
  const [fout, setFout] = useState<{ veld: string; tekst: string }>();
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (fout?.veld) form.current?.querySelector<HTMLElement>(`[name="${fout.veld}"]`)?.focus();
  }, [fout]);

  const soort: KoppelingSoort = isKoppelingSoort(waarden.soort ?? '') ? (waarden.soort as KoppelingSoort) : 'whatsapp';
  const spec = KOPPELING_SOORTEN[soort];
  const set = (name: string, value: string) => setWaarden((w) => ({ ...w, [name]: value }));
  const veld = (name: string, label: string, extra: { hulp?: string; type?: 'password' } = {}) => (
    <Veld key={name} idPrefix="kanaal" name={name} label={label} waarden={waarden} fout={fout} onChange={set} {...extra} />
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const uitkomst = kanaalInvoer(waarden, kanaal);
    if ('fout' in uitkomst) return setFout({ veld: uitkomst.veld, tekst: f.fouten[uitkomst.fout] });
    setFout(undefined);
    setBusy(true);
    try {
      onSaved('nieuw' in uitkomst ? await kanalenApi.maak(uitkomst.nieuw) : await kanalenApi.wijzig(kanaal?.id ?? '', uitkomst.wijziging));
    } catch (e) {
      setFout({ veld: '', tekst: t.app.fout(e instanceof Error ? e.message : String(e)) });
      setBusy(false);
    }
  };

  return (
    <form
      ref={form}
      className="loket-panel loket-bron-formulier"
      aria-labelledby="kanaal-formulier-titel"
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h2 id="kanaal-formulier-titel" ref={heading} tabIndex={-1} className="utrecht-heading-2">
        {kanaal ? f.bewerkTitel(kanaal.naam) : f.nieuwTitel}
      </h2>
      {!kanaal && (
        <FormField>
          <FormLabel htmlFor="kanaal-soort">{m.soortLabel}</FormLabel>
          <Select
            id="kanaal-soort"
            name="soort"
            value={soort}
            onChange={(e: ChangeEvent<HTMLSelectElement>) =>
              setWaarden((w) => ({ ...beginwaarden(null, e.target.value as KoppelingSoort), naam: w.naam ?? '' }))
            }
          >
            {KOPPELING_SOORT_CODES.map((code) => (
              <SelectOption key={code} value={code}>
                {m.soort[code]}
              </SelectOption>
            ))}
          </Select>
        </FormField>
      )}
      {veld('naam', f.naam, { hulp: f.naamHulp })}
      <FormField type="checkbox" className="loket-bron-formulier__actief">
        <Checkbox
          id="kanaal-actief"
          name="actief"
          checked={waarden.actief !== 'false'}
          onChange={(e) => set('actief', String(e.target.checked))}
        />
        <FormLabel htmlFor="kanaal-actief" type="checkbox">
          {f.actief}
        </FormLabel>
      </FormField>
      {spec.instellingen.map((naam) => veld(instellingVeld(naam), m.veld[naam] ?? naam))}
      {spec.geheimen.map((naam) =>
        veld(geheimVeld(naam), m.veld[naam] ?? naam, {
          type: 'password',
          hulp: kanaal?.geheimen[naam]?.ingesteld ? f.geheimIngesteld : f.geheimNieuw,
        }),
      )}
      <FormulierVoet foutId="kanaal-fout" fout={fout?.tekst} busy={busy} opslaan={f.opslaan} annuleren={f.annuleren} onCancel={onCancel} />
    </form>
  );
}
