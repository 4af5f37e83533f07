import { useCallback, useState } from 'react';

/**
 * One polite live region for the whole desktop: new messages, status changes and saved replies
 * are read out once, without moving focus. Text is replaced, not appended, so it never piles up.
 */
export function useAnnouncer() {
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => {
    // Clear first so the same sentence twice is still announced.
    setMessage('');
    setTimeout(() => setMessage(text), 50);
  }, []);
  return { message, announce };
}

export function Announcer({ message }: { message: string }) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className="loket-visually-hidden" data-testid="announcer">
      {message}
    </div>
  );
}
