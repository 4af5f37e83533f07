import type { UseQueryResult } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { ApiError } from './client.ts';
import { ontbreekt, samen } from './query.ts';

let refetched: string[] = [];
const query = <T>(name: string, status: 'pending' | 'error' | 'success', data?: T, error: unknown = null) =>
  ({ status, data, error, isError: status === 'error', refetch: () => refetched.push(name) }) as unknown as UseQueryResult<T>;

describe('samen', () => {
  it('is there only when every query is, with the data in order', () => {
    const both = samen(query('partij', 'success', { id: 'p1' }), query('tijdlijn', 'success', [1, 2]));
    expect(both.status).toBe('success');
    expect(both.status === 'success' && both.data).toEqual([{ id: 'p1' }, [1, 2]]);
    expect(samen(query('partij', 'success', 1), query('tijdlijn', 'pending')).status).toBe('pending');
  });

  it('fails with the failed query’s error, and trying again refetches only the failed ones', () => {
    refetched = [];
    const fout = new ApiError(502, undefined, 'Bad Gateway');
    const both = samen(query('partij', 'success', 1), query('tijdlijn', 'error', undefined, fout));
    expect(both.status).toBe('error');
    expect(both.error).toBe(fout);
    both.refetch();
    expect(refetched).toEqual(['tijdlijn']);
  });
});

describe('ontbreekt', () => {
  it('is a route this server does not have, not a resource that is not there', () => {
    expect(ontbreekt(new ApiError(404, 'LOKET_ROUTE_NOT_FOUND', 'Not Found'))).toBe(true);
    expect(ontbreekt(new ApiError(404, 'LOKET_PARTIJ_NOT_FOUND', 'Not Found'))).toBe(false);
    expect(ontbreekt(new TypeError('Failed to fetch'))).toBe(false);
  });
});
