import { useEffect, useRef, useState } from 'react';
import { request } from '../api/client.ts';
import { useRealtime } from '../api/realtime.tsx';
import { useNow } from '../ui/use-now.ts';
import { useT } from '../i18n/i18n.tsx';
import { meekijkers, type Inzage } from './inzage-logic.ts';

/** Renewed well within the server's 45 s, so a colleague's warning does not flicker. */
const RENEW_MS = 20_000;

/**
 * Tells the agent when a colleague has the same gesprek open, so two people do not answer the
 * citizen at once; and tells colleagues this agent has it open (POST/DELETE .../inzage).
 */
export function InzageMelding({ gesprekId, mij }: { gesprekId: string; mij: string }) {
  const t = useT();
  const now = useNow(5_000);
  const [inzagen, setInzagen] = useState<ReadonlyMap<string, Inzage>>(new Map());
  const url = `/api/gesprekken/${encodeURIComponent(gesprekId)}/inzage`;
  const announce = useRef(() => void request('POST', url).catch(() => undefined));
  announce.current = () => void request('POST', url).catch(() => undefined);

  useEffect(() => {
    setInzagen(new Map());
    announce.current();
    const timer = setInterval(() => announce.current(), RENEW_MS);
    return () => {
      clearInterval(timer);
      void request('DELETE', url).catch(() => undefined);
    };
  }, [url]);

  useRealtime((event) => {
    if (event.type !== 'gesprek.inzage' || event.data.gesprekId !== gesprekId) return;
    const inzage = event.data as unknown as Inzage;
    if (inzage.medewerkerId === mij) return;
    // A colleague who just opened it learns of me at once instead of at my next renewal.
    if (!inzagen.has(inzage.medewerkerId) && Date.parse(inzage.tot) > Date.now()) announce.current();
    setInzagen((old) => {
      const next = new Map(old);
      // A closed page (tot = now) is gone at once, not at the next tick of the clock.
      if (Date.parse(inzage.tot) > Date.now()) next.set(inzage.medewerkerId, inzage);
      else next.delete(inzage.medewerkerId);
      return next;
    });
  });

  const namen = meekijkers(inzagen, mij, now);
  return (
    <p role="status" className={namen.length > 0 ? 'loket-inzage' : 'loket-visually-hidden'}>
      {namen.length > 0 ? t.gesprek.inzage(namen.join(', ')) : ''}
    </p>
  );
}
