import { Button } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { foutmelding } from '../../api/query.ts';
import { useT } from '../../i18n/i18n.tsx';
import { BeheerFormulier } from '../beheer-formulier.tsx';
import { Veld } from '../bron-velden.tsx';
import { Vinkveld } from '../formulier-veld.tsx';
import { formulierenApi, type Formulier } from './formulieren-api.ts';
import { useFormulierenT } from './formulieren-i18n.ts';
import { bouwDefinitie, leegVeld, leesVelden, veldFout, type VeldRegel } from './formulieren-logic.ts';
import { VeldEditor } from './veld-editor.tsx';
import { FormulierVoet } from '../formulier-voet.tsx';

const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
type Fout = { tekst: string; focus: string };

/**
 * Creates or edits a form: its address (only when new), texts, whether it is open, and its fields.
 * The server checks the resulting JSON Schema once more and names what it refuses.
 */
export function FormulierBewerken({
  formulier,
  onSaved,
  onCancel,
}: {
  formulier: Formulier | null;
  onSaved: (titel: string) => void;
  onCancel: () => void;
}) {
  const f = useFormulierenT().formulier;
  const t = useT();
  const [waarden, setWaarden] = useState<Record<string, string>>(() => ({
    id: formulier?.id ?? '',
    titel: formulier?.titel ?? '',
    omschrijving: formulier?.omschrijving ?? '',
    bevestiging: formulier?.bevestiging ?? '',
  }));
  const [actief, setActief] = useState(formulier?.actief ?? true);
  const [velden, setVelden] = useState<VeldRegel[]>(() => (formulier ? leesVelden(formulier.definitie) : [leegVeld()]));
  const [fout, setFout] = useState<Fout & { veld?: string; veldSleutel?: string; deel?: 'naam' | 'label' | 'opties' }>();
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (fout) form.current?.querySelector<HTMLElement>(`[name="${fout.focus}"]`)?.focus();
  }, [fout]);

  const set = (name: string, value: string) => setWaarden((w) => ({ ...w, [name]: value }));
  const veld = (name: string, label: string, extra: { hulp?: string; meerdereRegels?: boolean } = {}) => (
    <Veld
      idPrefix="formulier"
      name={name}
      label={label}
      waarden={waarden}
      fout={fout?.veld ? { veld: fout.veld } : undefined}
      onChange={set}
      {...extra}
    />
  );
  const wijzigVeld = (index: number, nieuw: VeldRegel) => setVelden((vs) => vs.map((v, i) => (i === index ? nieuw : v)));
  const omhoog = (index: number) => setVelden((vs) => vs.map((v, i) => (i === index - 1 ? vs[index]! : i === index ? vs[index - 1]! : v)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const id = waarden.id?.trim() ?? '';
    if (!formulier && !ID.test(id)) return setFout({ tekst: f.fouten.idOngeldig, focus: 'id', veld: 'id' });
    if (!waarden.titel?.trim()) return setFout({ tekst: f.fouten.titelLeeg, focus: 'titel', veld: 'titel' });
    const probleem = veldFout(velden);
    if (probleem) {
      const regel = velden[probleem.index];
      return setFout({
        tekst: f.fouten[probleem.fout],
        focus: regel ? `${regel.sleutel}-${probleem.onderdeel}` : 'veld-toevoegen',
        ...(regel ? { deel: probleem.onderdeel, veldSleutel: regel.sleutel } : {}),
      });
    }
    setFout(undefined);
    setBusy(true);
    const invoer = {
      titel: waarden.titel.trim(),
      omschrijving: waarden.omschrijving?.trim() ?? '',
      bevestiging: waarden.bevestiging?.trim() ?? '',
      definitie: bouwDefinitie(formulier?.definitie ?? {}, velden),
      actief,
    };
    try {
      if (formulier) await formulierenApi.wijzig(formulier.id, invoer);
      else await formulierenApi.maak({ id, ...invoer });
      onSaved(invoer.titel);
    } catch (e) {
      setFout({ tekst: t.app.fout(foutmelding(e)), focus: '' });
      setBusy(false);
    }
  };

  const foutVoor = (regel: VeldRegel) => (fout?.veldSleutel === regel.sleutel ? fout.deel : undefined);
  return (
    <BeheerFormulier
      focus={{ heading, form }}
      titelId="formulier-bewerken-titel"
      titel={formulier ? f.bewerkTitel(formulier.titel) : f.nieuwTitel}
      kop={2}
      onSubmit={submit}
    >
      {!formulier && veld('id', f.id, { hulp: f.idHulp })}
      {veld('titel', f.titel)}
      {veld('omschrijving', f.omschrijving, { meerdereRegels: true })}
      {veld('bevestiging', f.bevestiging, { meerdereRegels: true })}
      <Vinkveld id="formulier-actief" name="actief" label={f.actief} checked={actief} onChange={setActief} />
      <h3 className="utrecht-heading-3">{f.velden}</h3>
      {velden.map((regel, index) => (
        <VeldEditor
          key={regel.sleutel}
          veld={regel}
          nummer={index + 1}
          fout={foutVoor(regel)}
          onChange={(nieuw) => wijzigVeld(index, nieuw)}
          onOmhoog={index > 0 ? () => omhoog(index) : undefined}
          onWeg={() => setVelden((vs) => vs.filter((_, i) => i !== index))}
        />
      ))}
      <p>
        <Button
          type="button"
          name="veld-toevoegen"
          appearance="secondary-action-button"
          onClick={() => setVelden((vs) => [...vs, leegVeld()])}
        >
          {f.toevoegen}
        </Button>
      </p>
      <FormulierVoet foutId="formulier-fout" fout={fout?.tekst} busy={busy} teksten={f} onCancel={onCancel} />
    </BeheerFormulier>
  );
}
