import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import type { ChangeEvent } from 'react';
import { useRegelsT } from './regels-i18n.ts';
import { OPERATOREN, type VoorwaardeVeld } from './regels-logic.ts';

type Change = ChangeEvent<HTMLInputElement | HTMLSelectElement>;

/** A rule's conditions on the event's attributes (field, comparison, value), each removable, one more at a time. */
export function RegelVoorwaarden({
  voorwaarden,
  foutVeld,
  beschrijving,
  wijzig,
}: {
  voorwaarden: VoorwaardeVeld[];
  /** The id of the field the form's error is about, so that field is marked invalid. */
  foutVeld: string | undefined;
  /** The aria-describedby of a field: the form's error where it is about this one. */
  beschrijving: (id: string) => string | undefined;
  wijzig: (maak: (voorwaarden: VoorwaardeVeld[]) => VoorwaardeVeld[]) => void;
}) {
  const m = useRegelsT();
  const zetVoorwaarde = (i: number, deel: Partial<VoorwaardeVeld>) => wijzig((vs) => vs.map((v, j) => (j === i ? { ...v, ...deel } : v)));
  return (
    <Fieldset aria-describedby="regel-voorwaarden-hulp">
      <FieldsetLegend>{m.voorwaardenTitel}</FieldsetLegend>
      <FormFieldDescription id="regel-voorwaarden-hulp">{m.voorwaardenHulp}</FormFieldDescription>
      {voorwaarden.map((v, i) => (
        <div key={i} className="loket-regel-voorwaarde">
          <FormField>
            <FormLabel htmlFor={`regel-voorwaarde-${i}-pad`}>{m.pad(i + 1)}</FormLabel>
            <Textbox
              id={`regel-voorwaarde-${i}-pad`}
              value={v.pad}
              invalid={foutVeld === `regel-voorwaarde-${i}-pad`}
              aria-describedby={beschrijving(`regel-voorwaarde-${i}-pad`)}
              onChange={(e: Change) => zetVoorwaarde(i, { pad: e.target.value })}
            />
          </FormField>
          <FormField>
            <FormLabel htmlFor={`regel-voorwaarde-${i}-operator`}>{m.operator(i + 1)}</FormLabel>
            <Select
              id={`regel-voorwaarde-${i}-operator`}
              value={v.operator}
              onChange={(e: Change) => zetVoorwaarde(i, { operator: e.target.value as VoorwaardeVeld['operator'] })}
            >
              {OPERATOREN.map((o) => (
                <SelectOption key={o} value={o}>
                  {m.operatoren[o]}
                </SelectOption>
              ))}
            </Select>
          </FormField>
          {v.operator !== 'bestaat' && (
            <FormField>
              <FormLabel htmlFor={`regel-voorwaarde-${i}-waarde`}>{m.waarde(i + 1)}</FormLabel>
              <Textbox
                id={`regel-voorwaarde-${i}-waarde`}
                value={v.waarde}
                invalid={foutVeld === `regel-voorwaarde-${i}-waarde`}
                aria-describedby={beschrijving(`regel-voorwaarde-${i}-waarde`)}
                onChange={(e: Change) => zetVoorwaarde(i, { waarde: e.target.value })}
              />
            </FormField>
          )}
          <Button appearance="subtle-button" onClick={() => wijzig((vs) => vs.filter((_, j) => j !== i))}>
            {m.voorwaardeWeg(i + 1)}
          </Button>
        </div>
      ))}
      <Button appearance="secondary-action-button" onClick={() => wijzig((vs) => [...vs, { pad: '', operator: '==', waarde: '' }])}>
        {m.voorwaardeErbij}
      </Button>
    </Fieldset>
  );
}
