import { useEffect, useRef } from 'react';
import { get } from '../api/client.ts';
import { keys, useQuery } from '../api/query.ts';
import { useRealtime } from '../api/realtime.tsx';
import { setTitleCount } from '../ui/document-title.ts';
import { href, navigate } from '../ui/route.ts';
import { useT } from '../i18n/i18n.tsx';
import { geluidAan, speelSignaal } from './geluid.ts';
import { toonMelding } from './melding.ts';
import { nieuwWerk, type Wachtend } from './signalen-logic.ts';
import { useSignalenT } from './signalen-i18n.ts';

const aantallenQuery = {
  queryKey: keys.inboxAantallen(),
  queryFn: () => get<{ wachtend: number; gesprekken: Wachtend[] }>('/api/inbox/aantallen'),
  // The count is fetched again on the live events (live-keys.ts); a failed fetch keeps the last count.
  retry: false,
} as const;

/**
 * Keeps the count of gesprekken waiting for this medewerker (nav and tab title) from GET
 * /api/inbox/aantallen (ids and channels only, so no processing-log entry per event), fetched
 * again after live events; new work gives a short sound and, while Loket is
 * in a background tab and the medewerker allowed it, a browser notification.
 */
/** `actief`: only roles with an inbox (GET /api/inbox) have work to signal. */
export function useSignalen(medewerkerId: string, actief: boolean): number {
  const t = useT();
  const s = useSignalenT();
  const { data, dataUpdatedAt } = useQuery({ ...aantallenQuery, enabled: actief });
  const voor = useRef<{ medewerkerId: string; gesprekken: Wachtend[] } | undefined>(undefined);
  const inkomend = useRef(new Set<string>());
  const verwerkt = useRef(0);
  const aantal = actief ? (data?.wachtend ?? 0) : 0;

  // Each fetch that ends (dataUpdatedAt) is compared with the one before, once: a language switch
  // re-runs this effect and must make no noise.
  useEffect(() => {
    if (!data || verwerkt.current === dataUpdatedAt) return;
    verwerkt.current = dataUpdatedAt;
    const eerder = voor.current?.medewerkerId === medewerkerId ? voor.current.gesprekken : undefined;
    const nieuw = nieuwWerk(eerder, data.gesprekken, inkomend.current);
    voor.current = { medewerkerId, gesprekken: data.gesprekken };
    inkomend.current = new Set();
    if (nieuw.length === 0) return;
    if (geluidAan()) speelSignaal();
    const eerste = nieuw[0]!;
    toonMelding(s.nieuwGesprek, s.nieuwBericht(t.kanaal[eerste.kanaal] ?? eerste.kanaal, s.zonderOnderwerp), eerste.id, () =>
      navigate(href.gesprek(eerste.id)),
    );
  }, [data, dataUpdatedAt, medewerkerId, s, t]);

  useEffect(() => setTitleCount(aantal), [aantal]);
  useEffect(() => () => setTitleCount(0), []);

  useRealtime((event) => {
    const bericht = event.data.bericht as { richting?: string } | undefined;
    if (actief && event.type === 'bericht.nieuw' && bericht?.richting === 'inkomend' && typeof event.data.gesprekId === 'string')
      inkomend.current.add(event.data.gesprekId);
  });

  return aantal;
}
