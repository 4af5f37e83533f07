import type { AddressInfo } from 'node:net';
import nodemailer from 'nodemailer';
import { expect } from 'vitest';
import { deliverDue } from '../../conversations/outbound.ts';
import { createTestApp } from '../../test/test-app.ts';
import { TestSocket } from '../../test/ws-client.ts';
import { startDovecot } from './dovecot.test-helpers.ts';
import { startSmtpSink } from './smtp-sink.test-helpers.ts';

export const CITIZEN = 'marieke.jansen@example.nl';

export const until = async <T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 10_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

/** A running Loket with its SMTP listener, an outbound SMTP sink, an agent on the live socket and a citizen's mail client. */
export async function startEmailChannel({ imap = false }: { imap?: boolean } = {}) {
  const sink = await startSmtpSink();
  const dovecot = imap ? await startDovecot() : undefined;
  const t = await createTestApp({
    SMTP_PORT: '0',
    SMTP_HOST: '127.0.0.1',
    SMTP_RECIPIENTS: 'gemeente.test',
    SMTP_MAX_BYTES: '100000',
    EMAIL_FROM: 'Gemeente Lindendaal <kcc@gemeente.test>',
    SMTP_OUT_URL: `smtp://127.0.0.1:${sink.port}`,
    ...(dovecot
      ? { IMAP_URL: `imap://127.0.0.1:${dovecot.port}`, IMAP_USER: dovecot.user, IMAP_PASSWORD: dovecot.password, IMAP_POLL_SECONDS: '2' }
      : {}),
  });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const agent = await t.login(['kcc', 'beheerder']);
  const agentSocket = await TestSocket.open(`ws://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/api/realtime`, {
    cookie: agent.cookie,
  });
  await agentSocket.next((f) => f.type === 'verbonden');
  const citizen = nodemailer.createTransport({ host: '127.0.0.1', port: t.app.email.smtpPort()!, secure: false, ignoreTLS: true });
  const db = t.database.db;

  return {
    t,
    sink,
    dovecot,
    agent,
    agentSocket,
    citizen,
    gesprek: async (id: string) => (await t.app.inject({ method: 'GET', url: `/api/gesprekken/${id}`, headers: agent.headers })).json(),
    berichtByMessageId: (id: string) => db.selectFrom('bericht').selectAll().where('kanaal_bericht_id', '=', id).executeTakeFirst(),
    /** Posts an agent's reply; returns the bericht id. */
    reply: async (gesprekId: string, tekst: string) => {
      const response = await t.app.inject({
        method: 'POST',
        url: `/api/gesprekken/${gesprekId}/berichten`,
        headers: agent.headers,
        payload: { tekst },
      });
      expect(response.json()).toMatchObject({ richting: 'uitgaand', bezorgstatus: 'wachtrij' });
      return response.json().id as string;
    },
    /** Runs the delivery job until nothing is due, with the back-off skipped, like the clock moving on. */
    deliverAll: async () => {
      for (let i = 0; i < 10; i++) {
        await db.updateTable('bericht').set({ volgende_poging_op: new Date() }).where('bezorgstatus', '=', 'wachtrij').execute();
        await deliverDue(db, t.app.outbound);
        const left = await db.selectFrom('bericht').select('id').where('bezorgstatus', '=', 'wachtrij').execute();
        if (left.length === 0) return;
      }
    },
    close: async () => {
      agentSocket.close();
      citizen.close();
      await t.close();
      await sink.close();
      await dovecot?.stop();
    },
  };
}

export type EmailChannel = Awaited<ReturnType<typeof startEmailChannel>>;
