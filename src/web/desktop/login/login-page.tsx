import { Alert, Button, ButtonLink, FormField, FormLabel, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import { keys, useQuery } from '../api/query.ts';
import { SESSIE } from '../api/query-client.ts';
import type { Session } from '../api/types.ts';
import { PageHeading } from '../ui/page-heading.tsx';
import { useT } from '../i18n/i18n.tsx';

export function LoginPage({ onLogin }: { onLogin: (session: Session) => void }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  // Whether the server offers OIDC does not change while the page is open.
  const oidc = useQuery({ queryKey: keys.oidc(), queryFn: api.oidcAvailable, staleTime: SESSIE, retry: false }).data ?? false;
  const alert = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (failed) alert.current?.focus();
  }, [failed]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setFailed(false);
    try {
      onLogin(await api.login(String(form.get('gebruikersnaam')), String(form.get('wachtwoord'))));
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="inhoud" className="loket-login">
      <PageHeading>{t.login.titel}</PageHeading>
      <Paragraph>{t.login.intro}</Paragraph>
      {failed && (
        <div ref={alert} tabIndex={-1}>
          <Alert type="error" role="alert">
            <Paragraph>{t.login.mislukt}</Paragraph>
          </Alert>
        </div>
      )}
      <form onSubmit={(e) => void submit(e)} aria-busy={busy}>
        <FormField>
          <FormLabel htmlFor="gebruikersnaam">{t.login.gebruikersnaam}</FormLabel>
          <Textbox id="gebruikersnaam" name="gebruikersnaam" autoComplete="username" required invalid={failed} />
        </FormField>
        <FormField>
          <FormLabel htmlFor="wachtwoord">{t.login.wachtwoord}</FormLabel>
          <Textbox id="wachtwoord" name="wachtwoord" type="password" autoComplete="current-password" required invalid={failed} />
        </FormField>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {busy ? t.login.bezig : t.login.inloggen}
        </Button>
      </form>
      {oidc && (
        <>
          <Paragraph className="loket-login__or">{t.login.of}</Paragraph>
          <ButtonLink appearance="secondary-action-button" href={`/api/auth/oidc/login?terugNaar=${encodeURIComponent('/')}`}>
            {t.login.oidc}
          </ButtonLink>
        </>
      )}
    </main>
  );
}
