import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import { deliverDue } from '../../conversations/outbound.ts';
import type { TestApp } from '../../test/test-app.ts';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

type Answer = { status: number; body: unknown };

/**
 * A stand-in for a provider's API on a local port: records every request and answers with the
 * queued answers first (a 500 to show retries, a 400 to show a refusal), then with `fallback`.
 */
export interface ProviderServer {
  url: string;
  requests: RecordedRequest[];
  queue(...answers: Answer[]): void;
  fallback: (request: RecordedRequest) => Answer;
  close(): Promise<void>;
}

export async function startProviderServer(fallback: (request: RecordedRequest) => Answer): Promise<ProviderServer> {
  const queued: Answer[] = [];
  const state: ProviderServer = {
    url: '',
    requests: [],
    queue: (...answers) => queued.push(...answers),
    fallback,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const recorded = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      state.requests.push(recorded);
      const answer = queued.shift() ?? state.fallback(recorded);
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}

/** A fresh 32-byte key as LOKET_SECRET_KEY wants it. */
export const TEST_SECRET_KEY = Buffer.alloc(32, 7).toString('base64');

/** Runs the delivery job once with the back-off skipped, like the clock moving on. */
export async function deliverOnce(t: TestApp): Promise<void> {
  await t.database.db.updateTable('bericht').set({ volgende_poging_op: new Date() }).where('bezorgstatus', '=', 'wachtrij').execute();
  await deliverDue(t.database.db, t.app.outbound);
}

export async function bericht(t: TestApp, id: string) {
  return t.database.db.selectFrom('bericht').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** The gesprek an inbound message landed in, by the id the channel gave it. */
export async function gesprekOf(t: TestApp, kanaalBerichtId: string): Promise<string> {
  const { gesprek_id } = await t.database.db
    .selectFrom('inkomend_bericht')
    .select('gesprek_id')
    .where('kanaal_bericht_id', '=', kanaalBerichtId)
    .executeTakeFirstOrThrow();
  return gesprek_id!;
}

/** Registers a partij with one digital address, as an agent would before the citizen writes. */
export async function partijMet(
  t: TestApp,
  headers: Record<string, string>,
  soortDigitaalAdres: 'telefoonnummer' | 'overig',
  adres: string,
): Promise<string> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/partijen',
    headers,
    payload: { soortPartij: 'persoon', voornaam: 'Marieke', achternaam: 'Jansen', digitaleAdressen: [{ soortDigitaalAdres, adres }] },
  });
  expect(response.statusCode).toBe(201);
  return response.json().id as string;
}

/** Creates a channel connection through the beheer API; returns its id. */
export async function kanaal(t: TestApp, headers: Record<string, string>, payload: Record<string, unknown>): Promise<string> {
  const response = await t.app.inject({ method: 'POST', url: '/api/kanalen', headers, payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

/** The agent's reply through the ordinary API; queued for the channel's adapter. */
export async function antwoord(t: TestApp, headers: Record<string, string>, gesprekId: string, tekst: string): Promise<string> {
  const response = await t.app.inject({ method: 'POST', url: `/api/gesprekken/${gesprekId}/berichten`, headers, payload: { tekst } });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

/** The code the API refuses the agent's reply with (a 409: the channel would not take it). */
export async function geweigerd(t: TestApp, headers: Record<string, string>, gesprekId: string, tekst: string): Promise<string> {
  const response = await t.app.inject({ method: 'POST', url: `/api/gesprekken/${gesprekId}/berichten`, headers, payload: { tekst } });
  expect(response.statusCode, response.body).toBe(409);
  return response.json().error.code as string;
}

/**
 * A reply queued while the 24-hour window was still open and delivered after it closed (the
 * citizen last wrote `urenGeleden` hours ago): only the adapter can refuse it now.
 */
export async function antwoordVlakVoorSluiten(
  t: TestApp,
  headers: Record<string, string>,
  gesprekId: string,
  tekst: string,
  urenGeleden: number,
): Promise<string> {
  const inbound = t.database.db.updateTable('bericht').where('gesprek_id', '=', gesprekId).where('richting', '=', 'inkomend');
  await inbound.set({ verzonden_op: new Date() }).execute();
  const id = await antwoord(t, headers, gesprekId, tekst);
  await inbound.set({ verzonden_op: new Date(Date.now() - urenGeleden * 3600_000) }).execute();
  return id;
}
