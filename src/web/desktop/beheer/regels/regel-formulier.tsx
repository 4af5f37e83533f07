import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { foutmelding, keys, useApiMutation } from '../../api/query.ts';
import { useT } from '../../i18n/i18n.tsx';
import { regelsApi, type Regel } from './regels-api.ts';
import { RegelVoorwaarden } from './regel-voorwaarden.tsx';
import { useRegelsT } from './regels-i18n.ts';
import {
  ACTIE_VELDEN,
  controleer,
  leegActie,
  leegFormulier,
  MATCH_VELDEN,
  naarFormulier,
  naarInvoer,
  VARIABELEN,
  type ActieSoort,
  type ActieVeld,
  type Bron,
  type RegelFormulier as Formulier,
} from './regels-logic.ts';

type Change = ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>;

/** Creates a rule or edits one: when it applies, its conditions and its actions with their templates. */
export function RegelFormulier({ regel, onSaved, onStop }: { regel?: Regel; onSaved: (regel: Regel) => void; onStop?: () => void }) {
  const m = useRegelsT();
  const t = useT();
  const [f, setF] = useState<Formulier>(() => (regel ? naarFormulier(regel) : leegFormulier()));
  const [fout, setFout] = useState<{ veld: string; tekst: string }>();
  const form = useRef<HTMLFormElement>(null);
  const opslaan = useApiMutation(
    (invoer: Formulier) => (regel ? regelsApi.wijzig({ id: regel.id, invoer: naarInvoer(invoer) }) : regelsApi.maak(naarInvoer(invoer))),
    () => [keys.regels()],
  );

  const toon = (veld: string, tekst: string) => {
    setFout({ veld, tekst });
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>(`#${veld || 'regel-fout'}`)?.focus());
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const probleem = controleer(f);
    if (probleem)
      return toon(probleem.veld, probleem.soort === 'onbekend' ? m.fouten.onbekend(probleem.namen.join(', ')) : m.fouten[probleem.soort]);
    setFout(undefined);
    try {
      const opgeslagen = await opslaan.mutateAsync(f);
      if (!regel) setF(leegFormulier());
      onSaved(opgeslagen);
    } catch (e) {
      toon('', t.app.fout(foutmelding(e)));
    }
  };

  const zetActie = (i: number, deel: Partial<ActieVeld>) =>
    setF((x) => ({ ...x, acties: x.acties.map((a, j) => (j === i ? { ...a, ...deel } : a)) }));
  const beschrijving = (id: string, hulp?: string) => [hulp, fout?.veld === id ? 'regel-fout' : ''].filter(Boolean).join(' ') || undefined;
  const actieVeld = (i: number, a: ActieVeld, veld: (typeof ACTIE_VELDEN)[ActieSoort][number]) => {
    const id = `regel-actie-${i}-${veld.naam}`;
    const props = {
      id,
      value: String(a[veld.naam]),
      invalid: fout?.veld === id,
      'aria-describedby': beschrijving(id, veld.sjabloon ? 'regel-variabelen-hulp' : undefined),
      onChange: (e: Change) => zetActie(i, { [veld.naam]: e.target.value }),
    };
    return (
      <FormField key={veld.naam}>
        <FormLabel htmlFor={id}>{m.actieVelden[veld.naam] ?? veld.naam}</FormLabel>
        {veld.regels ? <Textarea {...props} rows={veld.whatsapp ? 2 : 4} /> : <Textbox {...props} />}
      </FormField>
    );
  };
  const titelId = regel ? `regel-formulier-titel-${regel.id}` : 'regel-formulier-titel';

  return (
    <form ref={form} className="loket-panel loket-bron-formulier" aria-labelledby={titelId} onSubmit={(e) => void submit(e)} noValidate>
      <h2 id={titelId} className="utrecht-heading-2">
        {regel ? m.bewerkenTitel(regel.naam) : m.nieuw}
      </h2>
      <FormField>
        <FormLabel htmlFor="regel-naam">{m.naam}</FormLabel>
        <Textbox
          id="regel-naam"
          value={f.naam}
          invalid={fout?.veld === 'regel-naam'}
          aria-describedby={beschrijving('regel-naam')}
          onChange={(e: Change) => setF((x) => ({ ...x, naam: e.target.value }))}
        />
      </FormField>
      <FormField type="checkbox">
        <Checkbox
          id="regel-actief"
          checked={f.actief}
          onChange={(e: ChangeEvent<HTMLInputElement>) => setF((x) => ({ ...x, actief: e.target.checked }))}
        />
        <FormLabel htmlFor="regel-actief" type="checkbox">
          {m.actief}
        </FormLabel>
      </FormField>
      <FormField>
        <FormLabel htmlFor="regel-bron">{m.bron}</FormLabel>
        <Select id="regel-bron" value={f.bron} onChange={(e: Change) => setF((x) => ({ ...x, bron: e.target.value as Bron, match: {} }))}>
          {(['notificatie', 'cloudevent'] as const).map((b) => (
            <SelectOption key={b} value={b}>
              {m.bronnen[b]}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <Fieldset aria-describedby="regel-match-hulp">
        <FieldsetLegend>{m.matchTitel}</FieldsetLegend>
        <FormFieldDescription id="regel-match-hulp">{m.matchHulp}</FormFieldDescription>
        {MATCH_VELDEN[f.bron].map((k) => (
          <FormField key={k}>
            <FormLabel htmlFor={`regel-match-${k}`}>{m.matchVelden[k] ?? k}</FormLabel>
            <Textbox
              id={`regel-match-${k}`}
              value={f.match[k] ?? ''}
              onChange={(e: Change) => setF((x) => ({ ...x, match: { ...x.match, [k]: e.target.value } }))}
            />
          </FormField>
        ))}
      </Fieldset>
      <RegelVoorwaarden
        voorwaarden={f.voorwaarden}
        foutVeld={fout?.veld}
        beschrijving={beschrijving}
        wijzig={(maak) => setF((x) => ({ ...x, voorwaarden: maak(x.voorwaarden) }))}
      />
      <Fieldset>
        <FieldsetLegend>{m.actiesTitel}</FieldsetLegend>
        <aside className="loket-regel-variabelen" aria-labelledby="regel-variabelen-titel">
          <p id="regel-variabelen-titel" className="utrecht-paragraph">
            <strong>{m.variabelenTitel}</strong>
          </p>
          <p id="regel-variabelen-hulp" className="utrecht-paragraph">
            {m.variabelenHulp}
          </p>
          <ul>
            {VARIABELEN[f.bron].map((v) => (
              <li key={v}>
                <code>{`{{${v}}}`}</code>
              </li>
            ))}
          </ul>
        </aside>
        {f.acties.map((a, i) => (
          <Fieldset key={i}>
            <FieldsetLegend>{m.actie(i + 1)}</FieldsetLegend>
            <FormField>
              <FormLabel htmlFor={`regel-actie-${i}-soort`}>{m.actieSoort(i + 1)}</FormLabel>
              <Select
                id={`regel-actie-${i}-soort`}
                value={a.soort}
                onChange={(e: Change) => zetActie(i, { soort: e.target.value as ActieSoort })}
              >
                {(Object.keys(ACTIE_VELDEN) as ActieSoort[]).map((s) => (
                  <SelectOption key={s} value={s}>
                    {m.actieSoorten[s]}
                  </SelectOption>
                ))}
              </Select>
            </FormField>
            {ACTIE_VELDEN[a.soort].filter((veld) => !veld.whatsapp).map((veld) => actieVeld(i, a, veld))}
            {a.soort === 'bericht' && (
              <Fieldset aria-describedby={`regel-actie-${i}-whatsapp-hulp`}>
                <FieldsetLegend>{m.whatsappTitel}</FieldsetLegend>
                <FormFieldDescription id={`regel-actie-${i}-whatsapp-hulp`}>{m.whatsappHulp}</FormFieldDescription>
                {ACTIE_VELDEN.bericht.filter((veld) => veld.whatsapp).map((veld) => actieVeld(i, a, veld))}
              </Fieldset>
            )}
            {f.acties.length > 1 && (
              <Button appearance="subtle-button" onClick={() => setF((x) => ({ ...x, acties: x.acties.filter((_, j) => j !== i) }))}>
                {m.actieWeg(i + 1)}
              </Button>
            )}
          </Fieldset>
        ))}
        {f.acties.length < 10 && (
          <Button appearance="secondary-action-button" onClick={() => setF((x) => ({ ...x, acties: [...x.acties, leegActie()] }))}>
            {m.actieErbij}
          </Button>
        )}
      </Fieldset>
      {fout && (
        <p id="regel-fout" role="alert" tabIndex={-1} className="loket-error">
          {fout.tekst}
        </p>
      )}
      <div className="loket-bron-formulier__acties">
        <Button type="submit" appearance="primary-action-button" busy={opslaan.isPending} disabled={opslaan.isPending}>
          {m.opslaan}
        </Button>
        {onStop && (
          <Button appearance="secondary-action-button" onClick={onStop}>
            {m.stoppen}
          </Button>
        )}
      </div>
    </form>
  );
}
