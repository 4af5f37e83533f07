import { Button, FormField, FormLabel, Select, SelectOption, Textarea, Textbox } from '@utrecht/component-library-react';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useCollegas } from '../api/use-collegas.ts';
import { useWerklijstT } from './werklijst-i18n.ts';

/** A small form with one text field and a submit button; clears itself after it went through. */
export function TekstActie({
  id,
  label,
  knop,
  multiline,
  onSubmit,
}: {
  id: string;
  label: string;
  knop: string;
  multiline?: boolean;
  onSubmit: (tekst: string) => Promise<boolean>;
}) {
  const [tekst, setTekst] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (tekst.trim() && (await onSubmit(tekst.trim()))) setTekst('');
  };
  const change = (e: ChangeEvent<HTMLTextAreaElement | HTMLInputElement>) => setTekst(e.target.value);
  return (
    <form onSubmit={(e) => void submit(e)} className="loket-taak-actie">
      <FormField>
        <FormLabel htmlFor={id}>{label}</FormLabel>
        {multiline ? (
          <Textarea id={id} rows={3} required value={tekst} onChange={change} />
        ) : (
          <Textbox id={id} required value={tekst} onChange={change} />
        )}
      </FormField>
      <Button type="submit" appearance="secondary-action-button">
        {knop}
      </Button>
    </form>
  );
}

/** Forward to a colleague or a team, from the same list as the contactverzoek form. */
export function DoorsturenActie({ onSubmit }: { onSubmit: (actorId: string, reden: string) => Promise<boolean> }) {
  const w = useWerklijstT();
  const collegas = useCollegas();
  const [naar, setNaar] = useState('');
  const [reden, setReden] = useState('');
  if (!collegas) return null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (naar && (await onSubmit(naar, reden.trim()))) setReden('');
  };
  return (
    <form onSubmit={(e) => void submit(e)} className="loket-taak-actie">
      <FormField>
        <FormLabel htmlFor="taak-naar">{w.doorsturenNaar}</FormLabel>
        <Select id="taak-naar" required value={naar} onChange={(e: ChangeEvent<HTMLSelectElement>) => setNaar(e.target.value)}>
          <SelectOption value="">{w.kies}</SelectOption>
          <optgroup label={w.teams}>
            {collegas.teams.map((t) => (
              <SelectOption key={t.actorId} value={t.actorId}>
                {t.naam}
              </SelectOption>
            ))}
          </optgroup>
          <optgroup label={w.collegas}>
            {collegas.results.map((c) => (
              <SelectOption key={c.actorId} value={c.actorId}>
                {c.naam}
              </SelectOption>
            ))}
          </optgroup>
        </Select>
      </FormField>
      <FormField>
        <FormLabel htmlFor="taak-reden">{w.reden}</FormLabel>
        <Textbox id="taak-reden" value={reden} onChange={(e: ChangeEvent<HTMLInputElement>) => setReden(e.target.value)} />
      </FormField>
      <Button type="submit" appearance="secondary-action-button">
        {w.doorsturen}
      </Button>
    </form>
  );
}
