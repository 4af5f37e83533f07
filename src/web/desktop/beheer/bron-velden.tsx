import { FormField, FormFieldDescription, FormLabel, Textarea, Textbox } from '@utrecht/component-library-react';
import type { ChangeEvent } from 'react';
import type { Formulier } from './bronnen-logic.ts';

export interface VeldProps {
  name: string;
  label: string;
  hulp?: string;
  waarden: Formulier;
  fout: { veld: string } | undefined;
  onChange: (name: string, value: string) => void;
  type?: 'text' | 'url' | 'password';
  inputMode?: 'numeric';
  meerdereRegels?: boolean;
  /** Starts the field's id and names the form's error message (`<idPrefix>-fout`); other beheer forms reuse the field. */
  idPrefix?: string;
}

/** One labelled field of the source form, pointed at by the error message when it is the wrong one. */
export function Veld({
  name,
  label,
  hulp,
  waarden,
  fout,
  onChange,
  type = 'text',
  inputMode,
  meerdereRegels = false,
  idPrefix = 'bron',
}: VeldProps) {
  const id = `${idPrefix}-${name}`;
  const invalid = fout?.veld === name;
  const describedBy = [hulp ? `${id}-hulp` : '', invalid ? `${idPrefix}-fout` : ''].filter(Boolean).join(' ') || undefined;
  const change = (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(name, e.target.value);
  return (
    <FormField>
      <FormLabel htmlFor={id}>{label}</FormLabel>
      {hulp && <FormFieldDescription id={`${id}-hulp`}>{hulp}</FormFieldDescription>}
      {meerdereRegels ? (
        <Textarea
          id={id}
          name={name}
          value={waarden[name] ?? ''}
          onChange={change}
          invalid={invalid}
          aria-describedby={describedBy}
          rows={4}
          spellCheck={false}
        />
      ) : (
        <Textbox
          id={id}
          name={name}
          type={type}
          inputMode={inputMode}
          value={waarden[name] ?? ''}
          onChange={change}
          invalid={invalid}
          aria-describedby={describedBy}
          autoComplete={type === 'password' ? 'new-password' : 'off'}
          spellCheck={false}
        />
      )}
    </FormField>
  );
}
