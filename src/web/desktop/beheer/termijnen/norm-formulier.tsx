import { useState, type FormEvent } from 'react';
import { foutmelding, keys, useApiMutation } from '../../api/query.ts';
import { useT } from '../../i18n/i18n.tsx';
import { BeheerFormulier, useFormulierFocus } from '../beheer-formulier.tsx';
import { Veld } from '../bron-velden.tsx';
import { Keuzeveld } from '../formulier-veld.tsx';
import { FormulierVoet } from '../formulier-voet.tsx';
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
  const focus = useFormulierFocus(FOUT_ID);
  const { fout, setFout } = focus;
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
  const getalVeld = (name: 'getal' | 'doel', label: string, hulp: string) => (
    <Veld name={name} label={label} hulp={hulp} inputMode="numeric" waarden={velden} fout={fout} onChange={set} idPrefix="norm" />
  );
  return (
    <BeheerFormulier focus={focus} titelId="norm-titel" titel={m.bewerken.titel(naam)} kop={3} onSubmit={submit}>
      {getalVeld('getal', m.bewerken.getal, m.bewerken.getalHulp)}
      <Keuzeveld
        id="norm-eenheid"
        name="eenheid"
        label={m.bewerken.eenheid}
        value={waarden.eenheid}
        opties={EENHEDEN.map((eenheid) => ({ waarde: eenheid, label: m.bewerken.eenheden[eenheid] }))}
        onChange={(eenheid) => setWaarden((w) => ({ ...w, eenheid: eenheid as Eenheid }))}
      />
      {getalVeld('doel', m.bewerken.doel, m.bewerken.doelHulp)}
      <FormulierVoet foutId={FOUT_ID} focusbaar fout={fout?.tekst} busy={opslaan.isPending} teksten={m.bewerken} onCancel={onCancel} />
    </BeheerFormulier>
  );
}
