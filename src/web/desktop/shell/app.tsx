import { Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { api, setCsrfToken } from '../api/client.ts';
import { RealtimeProvider } from '../api/realtime.tsx';
import type { Medewerker, Session } from '../api/types.ts';
import { I18nProvider, useT } from '../i18n/i18n.tsx';
import { LoginPage } from '../login/login-page.tsx';
import { Shell } from './shell.tsx';

function Root() {
  const t = useT();
  const [me, setMe] = useState<Medewerker | null | undefined>(undefined);
  const start = (session: Session) => {
    setCsrfToken(session.csrfToken);
    setMe(session.medewerker);
  };
  useEffect(() => {
    api.me().then(start, () => setMe(null));
  }, []);

  if (me === undefined) return <Paragraph role="status">{t.app.laden}</Paragraph>;
  if (me === null) return <LoginPage onLogin={start} />;
  return (
    <RealtimeProvider>
      <Shell me={me} onLogout={() => setMe(null)} />
    </RealtimeProvider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <div className="utrecht-theme utrecht-document loket-root">
        <Root />
      </div>
    </I18nProvider>
  );
}
