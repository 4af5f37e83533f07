import { useEffect, useState } from 'react';
import { kennisbankApi } from './kennisbank-api.ts';

export type PreviewState = { state: 'leeg' } | { state: 'laden' } | { state: 'klaar'; html: string } | { state: 'fout'; message: string };

/** Waits for typing to pause, so the server renders a paragraph once rather than on every key. */
const PAUSE_MS = 350;

/**
 * The body as the server renders and sanitises it (POST /api/kennisbank/voorbeeld): the same
 * function that renders published articles, so the preview cannot differ from the website.
 */
export function usePreview(body: string): PreviewState {
  const [preview, setPreview] = useState<PreviewState>({ state: 'leeg' });
  useEffect(() => {
    if (!body.trim()) {
      setPreview({ state: 'leeg' });
      return;
    }
    let current = true;
    setPreview((p) => (p.state === 'klaar' ? p : { state: 'laden' }));
    const timer = setTimeout(() => {
      kennisbankApi.preview(body).then(
        ({ html }) => current && setPreview({ state: 'klaar', html }),
        (e: unknown) => current && setPreview({ state: 'fout', message: e instanceof Error ? e.message : String(e) }),
      );
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [body]);
  return preview;
}
