import { describe, expect, it } from 'vitest';
import { ApiError } from './client.ts';
import { createQueryClient, shouldRetry } from './query-client.ts';

describe('query defaults', () => {
  it('retries a server failure or a dropped connection once, never a 4xx', () => {
    expect(shouldRetry(0, new ApiError(503, undefined, 'Service Unavailable'))).toBe(true);
    expect(shouldRetry(0, new TypeError('Failed to fetch'))).toBe(true);
    expect(shouldRetry(1, new ApiError(503, undefined, 'Service Unavailable'))).toBe(false);
    expect(shouldRetry(0, new ApiError(404, 'LOKET_ROUTE_NOT_FOUND', 'Not Found'))).toBe(false);
    expect(shouldRetry(0, new ApiError(403, 'LOKET_FORBIDDEN', 'Forbidden'))).toBe(false);
  });

  it('does not refetch on window focus, and asks again when a screen is opened again', () => {
    const { queries, mutations } = createQueryClient().getDefaultOptions();
    expect(queries?.refetchOnWindowFocus).toBe(false);
    expect(queries?.staleTime).toBe(0);
    expect(mutations?.retry).toBe(false);
  });

  it('asks a failing route only twice in all before showing the error', async () => {
    const client = createQueryClient();
    client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retryDelay: 0 } });
    let calls = 0;
    await client
      .fetchQuery({
        queryKey: ['test'],
        queryFn: () => {
          calls++;
          return Promise.reject(new ApiError(502, undefined, 'Bad Gateway'));
        },
      })
      .catch(() => undefined);
    expect(calls).toBe(2);
  });
});
