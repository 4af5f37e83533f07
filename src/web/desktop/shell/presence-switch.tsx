import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { PresenceStatus } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';

const STATUSES: PresenceStatus[] = ['beschikbaar', 'pauze', 'offline'];

/** Beschikbaar / pauze / offline as a group of toggle buttons; PUT /api/aanwezigheid on change. */
export function PresenceSwitch({ onAnnounce }: { onAnnounce: (text: string) => void }) {
  const t = useT();
  const [status, setStatus] = useState<PresenceStatus | undefined>();
  useEffect(() => {
    api.presence().then(
      (p) => setStatus(p.status),
      () => setStatus('offline'),
    );
  }, []);

  const choose = async (next: PresenceStatus) => {
    const saved = await api.setPresence(next);
    setStatus(saved.status);
    onAnnounce(t.aanwezigheid.gewijzigd(t.aanwezigheid[saved.status]));
  };

  return (
    <div role="group" aria-labelledby="aanwezigheid-label" className="loket-presence">
      <span id="aanwezigheid-label" className="loket-presence__label">
        {t.aanwezigheid.label}
      </span>
      {STATUSES.map((s) => (
        <button
          key={s}
          type="button"
          className={`loket-presence__option loket-presence__option--${s}`}
          aria-pressed={status === s}
          onClick={() => void choose(s)}
        >
          <span aria-hidden="true" className="loket-presence__dot" />
          {t.aanwezigheid[s]}
        </button>
      ))}
    </div>
  );
}
