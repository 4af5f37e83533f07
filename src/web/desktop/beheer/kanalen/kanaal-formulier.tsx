import { useState, type FormEvent } from 'react';
import { KOPPELING_SOORT_CODES, KOPPELING_SOORTEN, type KoppelingSoort } from '../../../../contract/kanaal-koppelingen.ts';
import { useT } from '../../i18n/i18n.tsx';
import { BeheerFormulier, useFormulierFocus } from '../beheer-formulier.tsx';
import { Veld } from '../bron-velden.tsx';
import { Keuzeveld, Vinkveld } from '../formulier-veld.tsx';
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
  const focus = useFormulierFocus();
  const { fout, setFout } = focus;
  const [busy, setBusy] = useState(false);

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
    <BeheerFormulier
      focus={focus}
      titelId="kanaal-formulier-titel"
      titel={kanaal ? f.bewerkTitel(kanaal.naam) : f.nieuwTitel}
      kop={2}
      onSubmit={submit}
    >
      {!kanaal && (
        <Keuzeveld
          id="kanaal-soort"
          name="soort"
          label={m.soortLabel}
          value={soort}
          opties={KOPPELING_SOORT_CODES.map((code) => ({ waarde: code, label: m.soort[code] }))}
          onChange={(code) => setWaarden((w) => ({ ...beginwaarden(null, code as KoppelingSoort), naam: w.naam ?? '' }))}
        />
      )}
      {veld('naam', f.naam, { hulp: f.naamHulp })}
      <Vinkveld
        id="kanaal-actief"
        name="actief"
        label={f.actief}
        checked={waarden.actief !== 'false'}
        onChange={(actief) => set('actief', String(actief))}
      />
      {spec.instellingen.map((naam) => veld(instellingVeld(naam), m.veld[naam] ?? naam))}
      {spec.geheimen.map((naam) =>
        veld(geheimVeld(naam), m.veld[naam] ?? naam, {
          type: 'password',
          hulp: kanaal?.geheimen[naam]?.ingesteld ? f.geheimIngesteld : f.geheimNieuw,
        }),
      )}
      <FormulierVoet foutId="kanaal-fout" fout={fout?.tekst} busy={busy} teksten={f} onCancel={onCancel} />
    </BeheerFormulier>
  );
}
