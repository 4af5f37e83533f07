import { Button, FormField, FormLabel, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, ApiError } from '../api/client.ts';
import { useT } from '../i18n/i18n.tsx';

/** Naam, geboortedatum and postcode checked by the server; personal details unmask on success. */
export function VerificationForm({
  gesprekId,
  onVerified,
  focusOnMount = false,
}: {
  gesprekId: string;
  onVerified: () => void;
  focusOnMount?: boolean;
}) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  // Right after the agent linked the citizen, the search panel is gone: continue here.
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(undefined);
    try {
      await api.verify(gesprekId, {
        naam: String(form.get('naam')),
        geboortedatum: String(form.get('geboortedatum')),
        postcode: String(form.get('postcode')),
      });
      onVerified();
    } catch (e) {
      setError(e instanceof ApiError && e.status === 422 ? t.verificatie.mislukt : t.app.fout(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="verificatie-titel" className="loket-panel loket-verification">
      <h2 id="verificatie-titel" ref={heading} tabIndex={-1} className="utrecht-heading-2">
        {t.verificatie.titel}
      </h2>
      <Paragraph>{t.verificatie.uitleg}</Paragraph>
      <FormField>
        <FormLabel htmlFor="verificatie-naam">{t.verificatie.naam}</FormLabel>
        <Textbox id="verificatie-naam" name="naam" required autoComplete="off" />
      </FormField>
      <FormField>
        <FormLabel htmlFor="verificatie-geboortedatum">{t.verificatie.geboortedatum}</FormLabel>
        <Textbox id="verificatie-geboortedatum" name="geboortedatum" type="date" required />
      </FormField>
      <FormField>
        <FormLabel htmlFor="verificatie-postcode">{t.verificatie.postcode}</FormLabel>
        <Textbox id="verificatie-postcode" name="postcode" required autoComplete="off" pattern="[1-9][0-9]{3} ?[A-Za-z]{2}" />
      </FormField>
      {error && (
        <p role="alert" className="loket-error">
          {error}
        </p>
      )}
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        {t.verificatie.controleren}
      </Button>
    </form>
  );
}
