import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, request, setCsrfToken } from './client.ts';

type Call = { url: string; method: string; headers: Record<string, string> };

/** A stand-in for the server: answers in turn, and records what the client sent. */
function server(...answers: Response[]): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    calls.push({ url, method: String(init.method), headers: init.headers as Record<string, string> });
    const answer = answers.shift();
    return Promise.resolve(answer ?? new Response(null, { status: 500 }));
  });
  return calls;
}
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const csrfInvalid = () => json(403, { error: { code: 'LOKET_CSRF_TOKEN_INVALID', message: 'CSRF' } });

describe('request', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sends the CSRF token on unsafe methods only', async () => {
    setCsrfToken('t1');
    const calls = server(json(200, { ok: 1 }), new Response(null, { status: 204 }));
    expect(await request<{ ok: number }>('GET', '/api/a')).toEqual({ ok: 1 });
    expect(await request<void>('POST', '/api/b', { x: 1 })).toBeUndefined();
    expect(calls[0]?.headers['x-csrf-token']).toBeUndefined();
    expect(calls[1]?.headers['x-csrf-token']).toBe('t1');
    expect(calls[1]?.headers['content-type']).toBe('application/json');
  });

  it('fetches the session token again once when the server turns the token down', async () => {
    setCsrfToken('oud');
    const calls = server(csrfInvalid(), json(200, { csrfToken: 'nieuw', medewerker: {} }), json(200, { id: 'z' }));
    expect(await request<{ id: string }>('POST', '/api/zinnen', { zin: 'a' })).toEqual({ id: 'z' });
    expect(calls.map((c) => `${c.method} ${c.url} ${c.headers['x-csrf-token'] ?? ''}`)).toEqual([
      'POST /api/zinnen oud',
      'GET /api/auth/me ',
      'POST /api/zinnen nieuw',
    ]);
  });

  it('gives up after one retry', async () => {
    setCsrfToken('oud');
    const calls = server(csrfInvalid(), json(200, { csrfToken: 'nieuw' }), csrfInvalid());
    await expect(request('POST', '/api/zinnen', {})).rejects.toMatchObject({ status: 403, code: 'LOKET_CSRF_TOKEN_INVALID' });
    expect(calls).toHaveLength(3);
  });

  it('reports the coded error with its field details', async () => {
    server(
      json(400, {
        error: {
          code: 'LOKET_VALIDATIE',
          message: 'Ongeldig.',
          details: [{ field: 'title', message: 'is verplicht' }, { message: 'te lang' }],
        },
      }),
    );
    const error = await request('PUT', '/api/x', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'LOKET_VALIDATIE', message: 'Ongeldig. title: is verplicht; te lang' });
  });
});
