import { Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { api, setCsrfToken } from '../api/client.ts';
import { LiveInvalidation, QueryProvider } from '../api/query-provider.tsx';
import { useQueryClient } from '../api/query.ts';
import { RealtimeProvider } from '../api/realtime.tsx';
import type { Medewerker, Session } from '../api/types.ts';
import { I18nProvider, useT } from '../i18n/i18n.tsx';
import { LoginPage } from '../login/login-page.tsx';
import { Shell } from './shell.tsx';

function Root() {
  const t = useT();
  const client = useQueryClient();
  const [me, setMe] = useState<Medewerker | null | undefined>(undefined);
  const start = (session: Session) => {
    setCsrfToken(session.csrfToken);
    setMe(session.medewerker);
  };
  // The next medewerker at this desk must not see what the previous one loaded.
  const logout = () => {
    client.clear();
    setMe(null);
  };
  useEffect(() => {
    api.me().then(start, () => setMe(null));
  }, []);

  if (me === undefined) return <Paragraph role="status">{t.app.laden}</Paragraph>;
  if (me === null) return <LoginPage onLogin={start} />;
  return (
    <RealtimeProvider>
      <LiveInvalidation />
      <Shell me={me} onLogout={logout} />
    </RealtimeProvider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <QueryProvider>
        <div className="utrecht-theme utrecht-document loket-root">
          <Root />
        </div>
      </QueryProvider>
    </I18nProvider>
  );
}
