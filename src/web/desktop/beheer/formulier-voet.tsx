import { Button } from '@utrecht/component-library-react';

/**
 * The end of a beheer form: the error (its id is what an invalid field's aria-describedby names)
 * and Save / Cancel, both off while saving.
 */
export function FormulierVoet({
  foutId,
  fout,
  busy,
  opslaan,
  annuleren,
  onCancel,
}: {
  foutId: string;
  fout: string | undefined;
  busy: boolean;
  opslaan: string;
  annuleren: string;
  onCancel: () => void;
}) {
  return (
    <>
      {fout && (
        <p id={foutId} role="alert" className="loket-error">
          {fout}
        </p>
      )}
      <div className="loket-bron-formulier__acties">
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {opslaan}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel} disabled={busy}>
          {annuleren}
        </Button>
      </div>
    </>
  );
}
