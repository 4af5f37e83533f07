import { useEffect, useRef, useState } from 'react';
import { get } from '../api/client.ts';
import { useRealtime } from '../api/realtime.tsx';
import { setTitleCount } from '../ui/document-title.ts';
import { href, navigate } from '../ui/route.ts';
import { useT } from '../i18n/i18n.tsx';
import { geluidAan, speelSignaal } from './geluid.ts';
import { toonMelding } from './melding.ts';
import { nieuwWerk, type Wachtend } from './signalen-logic.ts';
import { useSignalenT } from './signalen-i18n.ts';

const RELOAD_DEBOUNCE_MS = 400;
const EVENTS = ['bericht.nieuw', 'gesprek.status', 'gesprek.toegewezen', 'gesprek.afgehandeld'];

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
  const [aantal, setAantal] = useState(0);
  const voor = useRef<Wachtend[] | undefined>(undefined);
  const inkomend = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!actief) return;
    let current = true;
    get<{ wachtend: number; gesprekken: Wachtend[] }>('/api/inbox/aantallen').then(
      ({ wachtend, gesprekken }) => {
        if (!current) return;
        const nieuw = nieuwWerk(voor.current, gesprekken, inkomend.current);
        voor.current = gesprekken;
        inkomend.current = new Set();
        setAantal(wachtend);
        if (nieuw.length === 0) return;
        if (geluidAan()) speelSignaal();
        const eerste = nieuw[0]!;
        toonMelding(s.nieuwGesprek, s.nieuwBericht(t.kanaal[eerste.kanaal] ?? eerste.kanaal, s.zonderOnderwerp), eerste.id, () =>
          navigate(href.gesprek(eerste.id)),
        );
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
    // Texts are read when a fetch ends; a language switch needs no new fetch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [medewerkerId, actief, version]);

  useEffect(() => setTitleCount(aantal), [aantal]);
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      setTitleCount(0);
    },
    [],
  );

  useRealtime((event) => {
    if (!actief || !EVENTS.includes(event.type)) return;
    const gesprekId = event.data.gesprekId;
    const bericht = event.data.bericht as { richting?: string } | undefined;
    if (event.type === 'bericht.nieuw' && bericht?.richting === 'inkomend' && typeof gesprekId === 'string')
      inkomend.current.add(gesprekId);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setVersion((v) => v + 1), RELOAD_DEBOUNCE_MS);
  });

  return aantal;
}
