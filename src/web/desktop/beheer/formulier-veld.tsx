import { Checkbox, FormField, FormFieldDescription, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import type { ChangeEvent, ReactNode } from 'react';

/** A checkbox with its label (active, own opening hours); help, when given, describes it as `<id>-hulp`. */
export function Vinkveld({
  id,
  name,
  label,
  hulp,
  checked,
  onChange,
}: {
  id: string;
  name: string;
  label: string;
  hulp?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <FormField type="checkbox" className="loket-bron-formulier__actief">
      <Checkbox
        id={id}
        name={name}
        checked={checked}
        aria-describedby={hulp ? `${id}-hulp` : undefined}
        onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.checked)}
      />
      <FormLabel htmlFor={id} type="checkbox">
        {label}
      </FormLabel>
      {hulp && <FormFieldDescription id={`${id}-hulp`}>{hulp}</FormFieldDescription>}
    </FormField>
  );
}

/** A labelled choice from a short list (a unit, a kind, who is told); help, when given, describes it as `<id>-hulp`. */
export function Keuzeveld({
  id,
  name,
  label,
  hulp,
  value,
  opties,
  onChange,
}: {
  id: string;
  name: string;
  label: string;
  hulp?: string;
  value: string;
  opties: readonly { waarde: string; label: ReactNode }[];
  onChange: (waarde: string) => void;
}) {
  return (
    <FormField>
      <FormLabel htmlFor={id}>{label}</FormLabel>
      {hulp && <FormFieldDescription id={`${id}-hulp`}>{hulp}</FormFieldDescription>}
      <Select
        id={id}
        name={name}
        value={value}
        aria-describedby={hulp ? `${id}-hulp` : undefined}
        onChange={(e: ChangeEvent<HTMLSelectElement>) => onChange(e.target.value)}
      >
        {opties.map((o) => (
          <SelectOption key={o.waarde} value={o.waarde}>
            {o.label}
          </SelectOption>
        ))}
      </Select>
    </FormField>
  );
}
