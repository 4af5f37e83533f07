import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useModalDialog } from '../ui/use-modal-dialog.ts';
import type { Partij } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';

/**
 * The last step before a merge, which cannot be undone: a modal dialog that names which
 * registration stays and which moves into it. Cancel has the focus, so Enter does no harm.
 */
export function SamenvoegenDialoog({
  blijft,
  weg,
  busy,
  fout,
  onConfirm,
  onClose,
}: {
  blijft: Partij;
  weg: Partij;
  busy: boolean;
  fout: string | undefined;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const t = useT();
  const { dialog, cancel, onCancel } = useModalDialog(onClose);
  const s = t.samenvoegen;
  const naam = (p: Partij) => p.volledigeNaam ?? t.inbox.onbekend;
  return (
    <dialog
      ref={dialog}
      className="loket-dialog loket-dialog--gevaar"
      aria-labelledby="samenvoegen-dialoog-titel"
      aria-describedby="samenvoegen-dialoog-tekst"
      onCancel={onCancel}
    >
      <Heading2 id="samenvoegen-dialoog-titel">{s.dialoogTitel}</Heading2>
      <div id="samenvoegen-dialoog-tekst">
        <Paragraph>
          <strong>{s.dialoogBlijft(naam(blijft), blijft.nummer ?? '—')}</strong>
        </Paragraph>
        <Paragraph>{s.dialoogVerhuist(naam(weg), weg.nummer ?? '—')}</Paragraph>
        <Paragraph>{s.dialoogDefinitief}</Paragraph>
      </div>
      {fout && (
        <p role="alert" className="loket-error">
          {fout}
        </p>
      )}
      <div className="loket-dialog__acties">
        <Button appearance="primary-action-button" hint="danger" busy={busy} disabled={busy} onClick={onConfirm}>
          {s.bevestig(naam(blijft), blijft.nummer ?? '—')}
        </Button>
        <Button appearance="secondary-action-button" onClick={onClose} disabled={busy} ref={cancel}>
          {s.annuleren}
        </Button>
      </div>
    </dialog>
  );
}
