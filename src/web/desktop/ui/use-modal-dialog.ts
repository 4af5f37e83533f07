import { useEffect, useRef, type SyntheticEvent } from 'react';

/**
 * A modal <dialog> for a step that cannot be undone: it opens on mount with Cancel focused (so
 * Enter does no harm; showModal() would focus the first, irreversible button), closes on unmount,
 * and Escape calls `onClose` instead of closing it behind React's back.
 */
export function useModalDialog(onClose: () => void) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    cancel.current?.focus();
    return () => d?.close();
  }, []);
  const onCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    event.preventDefault();
    onClose();
  };
  return { dialog, cancel, onCancel };
}
