import { Button, Fieldset, FieldsetLegend, FormField, FormLabel, Textbox } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import type { PartijSummary, PartijZoekvraag } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';

const field = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/**
 * Search for a partij by name, phone, e-mail or postcode (GET /api/partijen), with the count of
 * hits as a status message. The caller shows the hits with its own action (link, compare).
 * `exclude` leaves out the partij on screen, which is never its own duplicate.
 */
export function PartijZoekformulier({
  idPrefix = 'zoeken',
  exclude,
  disabled = false,
  onResults,
}: {
  idPrefix?: string;
  exclude?: string;
  disabled?: boolean;
  onResults: (results: PartijSummary[] | undefined) => void;
}) {
  const t = useT();
  const [count, setCount] = useState<number>();
  const [fout, setFout] = useState<string>();
  const [busy, setBusy] = useState(false);
  const id = (name: string) => `${idPrefix}-${name}`;

  const search = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const vraag: PartijZoekvraag = {
      naam: field(form, 'naam'),
      telefoonnummer: field(form, 'telefoonnummer'),
      email: field(form, 'email'),
      postcode: field(form, 'postcode'),
    };
    setFout(undefined);
    if (!Object.values(vraag).some(Boolean)) return setFout(t.zoeken.minstensEen);
    if (vraag.naam && vraag.naam.length < 2) return setFout(t.zoeken.naamTeKort);
    setBusy(true);
    try {
      const results = (await api.searchPartijen(vraag)).results.filter((p) => p.id !== exclude);
      setCount(results.length);
      onResults(results);
    } catch (e) {
      setCount(undefined);
      onResults(undefined);
      setFout(t.app.fout(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <form role="search" aria-labelledby={id('legend')} onSubmit={(e) => void search(e)} noValidate>
        <Fieldset>
          <FieldsetLegend id={id('legend')}>{t.zoeken.zoekOp}</FieldsetLegend>
          <FormField>
            <FormLabel htmlFor={id('naam')}>{t.zoeken.naam}</FormLabel>
            <Textbox id={id('naam')} name="naam" autoComplete="off" maxLength={100} />
          </FormField>
          <FormField>
            <FormLabel htmlFor={id('telefoonnummer')}>{t.zoeken.telefoonnummer}</FormLabel>
            <Textbox id={id('telefoonnummer')} name="telefoonnummer" type="tel" autoComplete="off" maxLength={30} />
          </FormField>
          <FormField>
            <FormLabel htmlFor={id('email')}>{t.zoeken.email}</FormLabel>
            <Textbox id={id('email')} name="email" type="email" autoComplete="off" maxLength={254} />
          </FormField>
          <FormField>
            <FormLabel htmlFor={id('postcode')}>{t.zoeken.postcode}</FormLabel>
            <Textbox id={id('postcode')} name="postcode" autoComplete="off" maxLength={7} />
          </FormField>
        </Fieldset>
        {fout && (
          <p role="alert" className="loket-error">
            {fout}
          </p>
        )}
        <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy || disabled}>
          {t.zoeken.zoek}
        </Button>
      </form>
      <p role="status" className="loket-hint">
        {count === undefined ? '' : t.zoeken.aantal(count)}
      </p>
    </>
  );
}
