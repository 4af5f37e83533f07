import { Button } from '@utrecht/component-library-react';

/**
 * The end of a beheer form: the error (its id is what an invalid field's aria-describedby names)
 * and Save / Cancel, both off while saving. `focusbaar` lets the error take focus, for the forms
 * that send it there when no field is to blame (`useFormulierFocus` with a `foutId`).
 */
export function FormulierVoet({
  foutId,
  fout,
  busy,
  teksten,
  onCancel,
  focusbaar = false,
}: {
  foutId: string;
  fout: string | undefined;
  busy: boolean;
  /** The screen's words for the two buttons. */
  teksten: { opslaan: string; annuleren: string };
  onCancel: () => void;
  focusbaar?: boolean;
}) {
  return (
    <>
      {fout && (
        <p id={foutId} role="alert" tabIndex={focusbaar ? -1 : undefined} className="loket-error">
          {fout}
        </p>
      )}
      <div className="loket-bron-formulier__acties">
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {teksten.opslaan}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel} disabled={busy}>
          {teksten.annuleren}
        </Button>
      </div>
    </>
  );
}
