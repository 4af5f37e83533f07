import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useModalDialog } from '../../ui/use-modal-dialog.ts';
import type { ApiToken } from './api-tokens-api.ts';
import { useApiTokensT } from './api-tokens-i18n.ts';

/** Revoking cannot be undone: a modal dialog with Cancel focused, as for deleting a source. */
export function TokenIntrekken({
  token,
  busy,
  fout,
  onConfirm,
  onClose,
}: {
  token: ApiToken;
  busy: boolean;
  fout: string | undefined;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const m = useApiTokensT();
  const { dialog, cancel, onCancel } = useModalDialog(onClose);
  return (
    <dialog
      ref={dialog}
      className="loket-dialog loket-dialog--gevaar"
      aria-labelledby="token-intrekken-titel"
      aria-describedby="token-intrekken-tekst"
      onCancel={onCancel}
    >
      <Heading2 id="token-intrekken-titel">{m.dialoogTitel}</Heading2>
      <Paragraph id="token-intrekken-tekst">{m.dialoogTekst(token.naam)}</Paragraph>
      {fout && (
        <p role="alert" className="loket-error">
          {fout}
        </p>
      )}
      <div className="loket-dialog__acties">
        <Button appearance="primary-action-button" hint="danger" busy={busy} disabled={busy} onClick={onConfirm}>
          {m.bevestig(token.naam)}
        </Button>
        <Button appearance="secondary-action-button" onClick={onClose} disabled={busy} ref={cancel}>
          {m.annuleren}
        </Button>
      </div>
    </dialog>
  );
}
