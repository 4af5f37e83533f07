import { Checkbox, Fieldset, FieldsetLegend, FormField, FormFieldDescription, FormLabel } from '@utrecht/component-library-react';

/**
 * A group of checkboxes under one legend (roles, teams). When the group is the wrong field, the
 * form's error message describes it and focus goes to its first box (named `name`).
 */
export function Keuzegroep({
  id,
  name,
  legend,
  opties,
  gekozen,
  onChange,
  hulp,
  foutId,
}: {
  id: string;
  name: string;
  legend: string;
  opties: { waarde: string; label: string }[];
  gekozen: string[];
  onChange: (gekozen: string[]) => void;
  hulp?: string | undefined;
  /** The id of the form's error message when this group is the wrong field. */
  foutId?: string | undefined;
}) {
  const describedBy = [hulp ? `${id}-hulp` : '', foutId ?? ''].filter(Boolean).join(' ') || undefined;
  const zet = (waarde: string, aan: boolean) => onChange(aan ? [...gekozen, waarde] : gekozen.filter((g) => g !== waarde));
  return (
    <Fieldset aria-describedby={describedBy} invalid={foutId !== undefined} className="loket-keuzegroep">
      <FieldsetLegend>{legend}</FieldsetLegend>
      {hulp && <FormFieldDescription id={`${id}-hulp`}>{hulp}</FormFieldDescription>}
      {opties.map((o, i) => (
        <FormField type="checkbox" key={o.waarde}>
          <Checkbox
            id={`${id}-${i}`}
            name={i === 0 ? name : undefined}
            checked={gekozen.includes(o.waarde)}
            onChange={(e) => zet(o.waarde, e.target.checked)}
          />
          <FormLabel htmlFor={`${id}-${i}`} type="checkbox">
            {o.label}
          </FormLabel>
        </FormField>
      ))}
    </Fieldset>
  );
}
