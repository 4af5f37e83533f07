import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect } from 'react';
import { useModalDialog } from '../ui/use-modal-dialog.ts';

/** What the screen that asks for a confirmation tracks: the request under way, its failure, the two ways out. */
export interface BevestigStaat {
  busy: boolean;
  fout: string | undefined;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * A step that cannot be undone (deleting a team, a source or a rule, revoking a token): a modal
 * dialog with Cancel focused, so Enter does no harm. It takes its words as props; `id` names the
 * title and text (`<id>-titel`, `<id>-tekst`) that give the dialog its accessible name and description.
 */
export function BevestigDialoog(
  props: BevestigStaat & {
    id: string;
    titel: string;
    tekst: string;
    bevestig: string;
    annuleren: string;
    /**
     * Where focus goes when the request fails. 'annuleren' (the default) for a refusal that does
     * not change by trying again (a team with members): Cancel is the way on. 'blijft' leaves it
     * where the browser has it, as the source, token and rule dialogs always have.
     */
    focusNaFout?: 'annuleren' | 'blijft';
  },
) {
  const { dialog, cancel, onCancel } = useModalDialog(props.onClose);
  const naarAnnuleren = (props.focusNaFout ?? 'annuleren') === 'annuleren';
  useEffect(() => {
    if (props.fout && naarAnnuleren) cancel.current?.focus();
  }, [props.fout, naarAnnuleren, cancel]);
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
