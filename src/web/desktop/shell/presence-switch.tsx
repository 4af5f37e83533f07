import { api } from '../api/client.ts';
import { keys, useQuery, useQueryClient } from '../api/query.ts';
import type { PresenceStatus } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';

const STATUSES: PresenceStatus[] = ['beschikbaar', 'pauze', 'offline'];

/** Beschikbaar / pauze / offline as a group of toggle buttons; PUT /api/aanwezigheid on change. */
export function PresenceSwitch({ onAnnounce }: { onAnnounce: (text: string) => void }) {
  const t = useT();
  const client = useQueryClient();
  const presence = useQuery({ queryKey: keys.aanwezigheid(), queryFn: api.presence, retry: false });
  const status: PresenceStatus | undefined = presence.isError ? 'offline' : presence.data?.status;

  const choose = async (next: PresenceStatus) => {
    const saved = await api.setPresence(next);
    client.setQueryData(keys.aanwezigheid(), (p: { status: PresenceStatus; kanalen: string[] } | undefined) => ({
      kanalen: [],
      ...p,
      status: saved.status,
    }));
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
