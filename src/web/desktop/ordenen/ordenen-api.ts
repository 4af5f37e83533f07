import { get, request } from '../api/client.ts';
import { keys } from '../api/query.ts';

/** Labels and snooze on a gesprek (issue 16). */
export const ordenenApi = {
  labelsInGebruik: () => get<{ results: { label: string; aantal: number }[] }>('/api/labels'),
  setLabels: (gesprekId: string, labels: string[]) =>
    request<{ labels: string[] }>('PUT', `/api/gesprekken/${gesprekId}/labels`, { labels }),
  sluimer: (gesprekId: string, tot: string) =>
    request<{ gesluimerdTot: string }>('POST', `/api/gesprekken/${gesprekId}/sluimeren`, { tot }),
  wek: (gesprekId: string) => request<void>('DELETE', `/api/gesprekken/${gesprekId}/sluimeren`),
};

/** The labels in use anywhere, as suggestions and filter choices; none when the server cannot say. */
export const labelsQuery = {
  queryKey: keys.labels(),
  queryFn: () => ordenenApi.labelsInGebruik().then((r) => r.results.map((l) => l.label)),
};

/** What a change of labels or snooze makes stale: the gesprek, the inbox rows and the labels in use. */
export const geordend = (gesprekId: string) => [keys.gesprek(gesprekId), keys.inboxLijsten(), keys.labels()];

/** A `datetime-local` value (local wall time, no zone) as an ISO moment; undefined when empty or invalid. */
export function localInputToIso(value: string): string | undefined {
  if (!value) return undefined;
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** The `datetime-local` value for a moment in the browser's zone, to the minute. */
export function isoToLocalInput(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
