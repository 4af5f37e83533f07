import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useModalDialog } from '../ui/use-modal-dialog.ts';
import type { Bron } from './bronnen-api.ts';
import { useBeheerT } from './beheer-i18n.ts';

/** Deleting a source cannot be undone: a modal dialog with Cancel focused, so Enter does no harm. */
export function BronVerwijderen({
  bron,
  busy,
  fout,
  onConfirm,
  onClose,
}: {
  bron: Bron;
  busy: boolean;
  fout: string | undefined;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const b = useBeheerT().bronnen;
  const { dialog, cancel, onCancel } = useModalDialog(onClose);
  return (
    <dialog
      ref={dialog}
      className="loket-dialog loket-dialog--gevaar"
      aria-labelledby="bron-verwijderen-titel"
      aria-describedby="bron-verwijderen-tekst"
      onCancel={onCancel}
    >
      <Heading2 id="bron-verwijderen-titel">{b.dialoogTitel}</Heading2>
      <Paragraph id="bron-verwijderen-tekst">{b.dialoogTekst(bron.naam)}</Paragraph>
      {fout && (
        <p role="alert" className="loket-error">
          {fout}
        </p>
      )}
      <div className="loket-dialog__acties">
        <Button appearance="primary-action-button" hint="danger" busy={busy} disabled={busy} onClick={onConfirm}>
          {b.bevestigVerwijderen(bron.naam)}
        </Button>
        <Button appearance="secondary-action-button" onClick={onClose} disabled={busy} ref={cancel}>
          {b.annuleren}
        </Button>
      </div>
    </dialog>
  );
}
