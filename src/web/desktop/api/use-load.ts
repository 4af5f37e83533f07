import { useCallback, useEffect, useState } from 'react';
import { ApiError } from './client.ts';

export type Load<T> = { state: 'laden' } | { state: 'klaar'; data: T } | { state: 'ontbreekt' } | { state: 'fout'; message: string };

/**
 * Loads data for a screen and tells "not there yet" (a 404 from a route the backend has not
 * shipped) apart from other failures, so screens can show a clear empty state for each.
 */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): [Load<T>, () => void, (update: (data: T) => T) => void] {
  const [result, setResult] = useState<Load<T>>({ state: 'laden' });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setResult({ state: 'klaar', data }),
      (error: unknown) => {
        if (!current) return;
        if (error instanceof ApiError && error.missing) setResult({ state: 'ontbreekt' });
        else setResult({ state: 'fout', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const update = useCallback(
    (fn: (data: T) => T) => setResult((r) => (r.state === 'klaar' ? { state: 'klaar', data: fn(r.data) } : r)),
    [],
  );
  return [result, reload, update];
}
