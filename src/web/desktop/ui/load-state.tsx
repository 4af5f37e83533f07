import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import type { Load } from '../api/use-load.ts';
import { useT } from '../i18n/i18n.tsx';

/** Loading, "not on this server yet" and error states in one place, so every screen says them alike. */
export function LoadState<T>({
  load,
  what,
  retry,
  children,
}: {
  load: Load<T>;
  what: string;
  retry?: () => void;
  children: (data: T) => ReactNode;
}) {
  const t = useT();
  if (load.state === 'klaar') return <>{children(load.data)}</>;
  if (load.state === 'laden') return <Paragraph role="status">{t.app.laden}</Paragraph>;
  if (load.state === 'ontbreekt') {
    return (
      <Alert type="info">
        <Paragraph>{t.app.ontbreekt(what)}</Paragraph>
      </Alert>
    );
  }
  return (
    <Alert type="error">
      <Paragraph>{t.app.fout(load.message)}</Paragraph>
      {retry && (
        <Button appearance="secondary-action-button" onClick={retry}>
          {t.app.opnieuw}
        </Button>
      )}
    </Alert>
  );
}
