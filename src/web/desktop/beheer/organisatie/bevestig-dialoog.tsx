import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect } from 'react';
import { useModalDialog } from '../../ui/use-modal-dialog.ts';

/**
 * A step that cannot be undone (deleting a team): a modal dialog with Cancel focused, so Enter
 * does no harm. It takes its words as props, so it can serve every such step; bron-verwijderen,
 * token-intrekken and regel-verwijderen are the same dialog with their own strings, and it
 * belongs in ui/ once they use it.
 */
export function BevestigDialoog(props: {
  id: string;
  titel: string;
  tekst: string;
  bevestig: string;
  annuleren: string;
  busy: boolean;
  fout: string | undefined;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { dialog, cancel, onCancel } = useModalDialog(props.onClose);
  // A refusal (a team with members, say) does not change by trying again: Cancel is the way on.
  useEffect(() => {
    if (props.fout) cancel.current?.focus();
  }, [props.fout, cancel]);
  return (
    <dialog
      ref={dialog}
      className="loket-dialog loket-dialog--gevaar"
      aria-labelledby={`${props.id}-titel`}
      aria-describedby={`${props.id}-tekst`}
      onCancel={onCancel}
    >
      <Heading2 id={`${props.id}-titel`}>{props.titel}</Heading2>
      <Paragraph id={`${props.id}-tekst`}>{props.tekst}</Paragraph>
      {props.fout && (
        <p role="alert" className="loket-error">
          {props.fout}
        </p>
      )}
      <div className="loket-dialog__acties">
        <Button appearance="primary-action-button" hint="danger" busy={props.busy} disabled={props.busy} onClick={props.onConfirm}>
          {props.bevestig}
        </Button>
        <Button appearance="secondary-action-button" onClick={props.onClose} disabled={props.busy} ref={cancel}>
          {props.annuleren}
        </Button>
      </div>
    </dialog>
  );
}
