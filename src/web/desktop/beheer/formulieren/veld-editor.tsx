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
import type { ChangeEvent } from 'react';
import { useFormulierenT } from './formulieren-i18n.ts';
import { VELD_ROLLEN, VELD_SOORTEN, type VeldRegel, type VeldRol, type VeldSoort } from './formulieren-logic.ts';

/** One field of a form being edited: a fieldset named after its place and question. */
export function VeldEditor({
  veld,
  nummer,
  fout,
  onChange,
  onOmhoog,
  onWeg,
}: {
  veld: VeldRegel;
  nummer: number;
  /** The part of this field the error message is about; the message itself has id formulier-fout. */
  fout: 'naam' | 'label' | 'opties' | undefined;
  onChange: (veld: VeldRegel) => void;
  onOmhoog: (() => void) | undefined;
  onWeg: () => void;
}) {
  const f = useFormulierenT().formulier;
  const id = (deel: string) => `${veld.sleutel}-${deel}`;
  const set = (deel: Partial<VeldRegel>) => onChange({ ...veld, ...deel });
  const foutProps = (deel: 'naam' | 'label' | 'opties') => (fout === deel ? { invalid: true, 'aria-describedby': 'formulier-fout' } : {});
  const groep = veld.soort === 'groep';
  return (
    <Fieldset className="loket-formulier-veld">
      <FieldsetLegend>{f.veldKop(nummer, veld.label)}</FieldsetLegend>
      <FormField>
        <FormLabel htmlFor={id('naam')}>{f.naam}</FormLabel>
        <FormFieldDescription id={id('naam-hulp')}>{f.naamHulp}</FormFieldDescription>
        <Textbox
          id={id('naam')}
          name={id('naam')}
          value={veld.naam}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={[id('naam-hulp'), fout === 'naam' ? 'formulier-fout' : ''].filter(Boolean).join(' ')}
          invalid={fout === 'naam'}
          onChange={(e: ChangeEvent<HTMLInputElement>) => set({ naam: e.target.value })}
        />
      </FormField>
      <FormField>
        <FormLabel htmlFor={id('label')}>{f.label}</FormLabel>
        <Textbox
          id={id('label')}
          name={id('label')}
          value={veld.label}
          onChange={(e: ChangeEvent<HTMLInputElement>) => set({ label: e.target.value })}
          {...foutProps('label')}
        />
      </FormField>
      <FormField>
        <FormLabel htmlFor={id('hulp')}>{f.hulp}</FormLabel>
        <Textbox
          id={id('hulp')}
          name={id('hulp')}
          value={veld.hulp}
          onChange={(e: ChangeEvent<HTMLInputElement>) => set({ hulp: e.target.value })}
        />
      </FormField>
      <FormField>
        <FormLabel htmlFor={id('soort')}>{f.soort}</FormLabel>
        <Select
          id={id('soort')}
          name={id('soort')}
          value={veld.soort}
          disabled={groep}
          onChange={(e: ChangeEvent<HTMLSelectElement>) => set({ soort: e.target.value as VeldSoort })}
        >
          {VELD_SOORTEN.filter((s) => s !== 'groep' || groep).map((s) => (
            <SelectOption key={s} value={s}>
              {f.soorten[s]}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      {veld.soort === 'keuze' && (
        <FormField>
          <FormLabel htmlFor={id('opties')}>{f.opties}</FormLabel>
          <Textarea
            id={id('opties')}
            name={id('opties')}
            rows={4}
            value={veld.opties}
            onChange={(e: ChangeEvent<HTMLTextAreaElement>) => set({ opties: e.target.value })}
            {...foutProps('opties')}
          />
        </FormField>
      )}
      {!groep && veld.soort !== 'tel' && (
        <FormField>
          <FormLabel htmlFor={id('rol')}>{f.rol}</FormLabel>
          <Select
            id={id('rol')}
            name={id('rol')}
            value={veld.rol}
            onChange={(e: ChangeEvent<HTMLSelectElement>) => set({ rol: e.target.value as VeldRol })}
          >
            {VELD_ROLLEN.map((r) => (
              <SelectOption key={r} value={r}>
                {f.rollen[r]}
              </SelectOption>
            ))}
          </Select>
        </FormField>
      )}
      <FormField type="checkbox" className="loket-bron-formulier__actief">
        <Checkbox id={id('verplicht')} checked={veld.verplicht} onChange={(e) => set({ verplicht: e.target.checked })} />
        <FormLabel htmlFor={id('verplicht')} type="checkbox">
          {f.verplicht}
        </FormLabel>
      </FormField>
      <div className="loket-bron-formulier__acties">
        {onOmhoog && (
          <Button type="button" appearance="subtle-button" aria-label={f.omhoog(veld.label)} onClick={onOmhoog}>
            {f.omhoogKort}
          </Button>
        )}
        <Button type="button" appearance="subtle-button" hint="danger" aria-label={f.weg(veld.label)} onClick={onWeg}>
          {f.wegKort}
        </Button>
      </div>
    </Fieldset>
  );
}
