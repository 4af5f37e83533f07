import { useSignalenT } from './signalen-i18n.ts';

/** The count beside "Inbox": a number to the eye, words to a screen reader. */
export function InboxTeller({ aantal }: { aantal: number }) {
  const s = useSignalenT();
  if (aantal === 0) return null;
  return (
    <span className="loket-teller-badge" data-testid="inbox-teller">
      <span aria-hidden="true">{aantal > 99 ? '99+' : aantal}</span>
      <span className="loket-visually-hidden">, {s.wachtend(aantal)}</span>
    </span>
  );
}
