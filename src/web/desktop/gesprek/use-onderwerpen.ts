import { useEffect, useState } from 'react';
import { get, request } from '../api/client.ts';
import { onderwerpKeuzes } from './afhandeling-logic.ts';

export interface Onderwerpen {
  /** Empty when the kennisbank has no published artikelen (or is not reachable): the field stays free text. */
  keuzes: string[];
  /** The topic Loket's classifier gives the citizen's question (POST /api/analytics/classify). */
  herkend: string | null;
}

/** The wrap-up's topic list and the detected topic; undefined while loading. */
export function useOnderwerpen(vraag: string): Onderwerpen | undefined {
  const [result, setResult] = useState<Onderwerpen>();
  useEffect(() => {
    let current = true;
    const lijst = get<{ results: { category: string }[] }>('/api/kennisbank/artikelen').then(
      (r) => onderwerpKeuzes(r.results.map((a) => a.category)),
      () => [],
    );
    const herkend = vraag.trim()
      ? request<{ category: string; confidence: number }>('POST', '/api/analytics/classify', { text: vraag.slice(0, 20_000) }).then(
          (r) => (r.confidence > 0 && r.category ? r.category : null),
          () => null,
        )
      : Promise.resolve(null);
    void Promise.all([lijst, herkend]).then(([keuzes, h]) => current && setResult({ keuzes, herkend: h }));
    return () => {
      current = false;
    };
  }, [vraag]);
  return result;
}
