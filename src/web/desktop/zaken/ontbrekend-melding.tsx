import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import type { Ontbrekend } from './zaken-api.ts';
import { useZakenT } from './zaken-i18n.ts';
import { ontbrekendeBronnen } from './zaken-logic.ts';

/** Which case systems did not answer and why: the list below it is then not the whole story. */
export function OntbrekendMelding({ ontbrekend, onRetry }: { ontbrekend: Ontbrekend[]; onRetry: () => void }) {
  const z = useZakenT();
  return (
    // Part of the loaded list, read in its place (role note), not interrupting as an alert would.
    <Alert type="warning" role="note" className="loket-notice loket-zaken__ontbrekend">
      <p className="loket-zaak__label">
        <strong>{z.onvolledigTitel}</strong>
      </p>
      <ul>
        {ontbrekendeBronnen(ontbrekend).map((o) => (
          <li key={o.bron}>{z.onvolledig(o.bron, o.reden)}</li>
        ))}
      </ul>
      <Paragraph>{z.onvolledigAdvies}</Paragraph>
      <Button appearance="secondary-action-button" onClick={onRetry}>
        {z.opnieuw}
      </Button>
    </Alert>
  );
}
