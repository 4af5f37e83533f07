import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useModalDialog } from '../../ui/use-modal-dialog.ts';
import type { Regel } from './regels-api.ts';
import { useRegelsT } from './regels-i18n.ts';

/** Deleting a rule cannot be undone: a modal dialog with Cancel focused, as for an API token. */
export function RegelVerwijderen(props: {
  regel: Regel;
  busy: boolean;
  fout: string | undefined;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const m = useRegelsT();
  const { dialog, cancel, onCancel } = useModalDialog(props.onClose);
  return (
    <dialog
      ref={dialog}
      className="loket-dialog loket-dialog--gevaar"
      aria-labelledby="regel-verwijderen-titel"
      aria-describedby="regel-verwijderen-tekst"
      onCancel={onCancel}
    >
      <Heading2 id="regel-verwijderen-titel">{m.dialoogTitel}</Heading2>
      <Paragraph id="regel-verwijderen-tekst">{m.dialoogTekst(props.regel.naam)}</Paragraph>
      {props.fout && (
        <p role="alert" className="loket-error">
          {props.fout}
        </p>
      )}
      <div className="loket-dialog__acties">
        <Button appearance="primary-action-button" hint="danger" busy={props.busy} disabled={props.busy} onClick={props.onConfirm}>
          {m.bevestig(props.regel.naam)}
        </Button>
        <Button appearance="secondary-action-button" onClick={props.onClose} disabled={props.busy} ref={cancel}>
          {m.annuleren}
        </Button>
      </div>
    </dialog>
  );
}
