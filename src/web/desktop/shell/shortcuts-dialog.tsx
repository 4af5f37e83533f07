import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { forwardRef } from 'react';
import { useT } from '../i18n/i18n.tsx';

/** The documented keyboard shortcuts, opened with "?" or the header button (a native modal dialog). */
export const ShortcutsDialog = forwardRef<HTMLDialogElement>(function ShortcutsDialog(_props, ref) {
  const t = useT();
  const close = () => (ref as React.RefObject<HTMLDialogElement | null>).current?.close();
  return (
    <dialog ref={ref} aria-labelledby="sneltoetsen-titel" className="loket-dialog">
      <Heading2 id="sneltoetsen-titel">{t.sneltoetsen.titel}</Heading2>
      <Paragraph>{t.sneltoetsen.uitleg}</Paragraph>
      <dl className="loket-shortcuts">
        {t.sneltoetsen.lijst.map(([key, what]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <Button appearance="secondary-action-button" onClick={close}>
        {t.app.sluiten}
      </Button>
    </dialog>
  );
});
