import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { foutmelding, ontbreekt, type Opvraging } from '../api/query.ts';
import { useT } from '../i18n/i18n.tsx';

/**
 * A query's loading, "not on this server yet" and error states in one place, so every screen
 * says them alike; the error offers to try again. While a new filter loads, the previous data
 * stays (the query client's placeholder), so the screen does not flash "Laden…".
 */
export function QueryState<T>({ query, what, children }: { query: Opvraging<T>; what: string; children: (data: T) => ReactNode }) {
  const t = useT();
  if (query.status === 'success') return <>{children(query.data)}</>;
  if (query.status === 'pending') return <Paragraph role="status">{t.app.laden}</Paragraph>;
  if (ontbreekt(query.error)) {
    return (
      <Alert type="info">
        <Paragraph>{t.app.ontbreekt(what)}</Paragraph>
      </Alert>
    );
  }
  return (
    <Alert type="error">
      <Paragraph>{t.app.fout(foutmelding(query.error))}</Paragraph>
      <Button appearance="secondary-action-button" onClick={() => void query.refetch()}>
        {t.app.opnieuw}
      </Button>
    </Alert>
  );
}
