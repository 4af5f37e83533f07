import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboundMessage } from '../conversations/inbound.types.ts';
import { importKennisbank, parseKennisbank } from '../knowledge/kennisbank-io.ts';
import { systemContext } from '../platform/system-context.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';
import type { BotConcept } from './email-concept.ts';

const kennisbank = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../lindendaal/kennisbank.json'), 'utf8'));

const email = (id: string, onderwerp: string, tekst: string): InboundMessage => ({
  kanaal: 'email',
  kanaalBerichtId: `<${id}@example.nl>`,
  afzender: { soort: 'email', adres: `${id}@example.nl`, naam: 'Marieke Jansen' },
  draad: {},
  onderwerp,
  tekst,
});

describe('the bot drafts e-mail replies that an agent approves', () => {
  let t: TestApp;
  let kcc: Session;
  let redacteur: Session;
  beforeAll(async () => {
    t = await createTestApp();
    kcc = await t.login(['kcc']);
    redacteur = await t.login(['redacteur']);
    await importKennisbank(t.database.db, systemContext('test'), parseKennisbank(kennisbank));
  });
  afterAll(() => t.close());

  const concepts = async (gesprekId: string, session = kcc) =>
    t.app.inject({ method: 'GET', url: `/api/gesprekken/${gesprekId}/botconcepten`, headers: session.headers });
  const judge = (id: string, besluit: string) =>
    t.app.inject({ method: 'POST', url: `/api/botconcepten/${id}/beoordeling`, headers: kcc.headers, payload: { besluit } });

  it('leaves a draft for a clear question and sends nothing by itself', async () => {
    const message = email('blad', 'Bladkorven', 'Goedemiddag, waar staan de bladkorven dit jaar in onze wijk? Met groet, Marieke');
    const { processed } = await t.app.pipeline.receive(message);
    const response = await concepts(processed!.gesprekId);
    expect(response.statusCode).toBe(200);
    const [draft, ...rest] = response.json<{ results: BotConcept[] }>().results;
    expect(rest).toEqual([]);
    expect(draft).toMatchObject({ artikelId: 'bladkorven-herfst', status: 'open', berichtId: processed!.berichtId });
    expect(draft!.tekst).toContain(kennisbank.find((a: { id: string }) => a.id === 'bladkorven-herfst').summary);

    const outgoing = await t.database.db
      .selectFrom('bericht')
      .select('id')
      .where('gesprek_id', '=', processed!.gesprekId)
      .where('richting', '=', 'uitgaand')
      .execute();
    expect(outgoing).toEqual([]);
    const gesprek = await t.database.db
      .selectFrom('gesprek')
      .select('wacht_sinds')
      .where('id', '=', processed!.gesprekId)
      .executeTakeFirstOrThrow();
    expect(gesprek.wacht_sinds).not.toBeNull(); // the citizen is still waiting for a person

    // A redelivery of the same e-mail makes no second draft.
    expect((await t.app.pipeline.receive(message)).duplicate).toBe(true);
    expect((await concepts(processed!.gesprekId)).json().results).toHaveLength(1);
  });

  it('leaves no draft when it is not sure', async () => {
    const { processed } = await t.app.pipeline.receive(
      email('buren', 'Klacht', 'Ik wil een klacht indienen over de behandeling door uw medewerker aan de balie vorige week.'),
    );
    expect((await concepts(processed!.gesprekId)).json().results).toEqual([]);
  });

  it('takes a draft over once, which teaches the bot; a second judgement is refused', async () => {
    const { processed } = await t.app.pipeline.receive(email('blad2', 'Bladkorf', 'Wanneer worden de bladkorven weer neergezet?'));
    const [draft] = (await concepts(processed!.gesprekId)).json<{ results: BotConcept[] }>().results;
    const examplesBefore = await t.database.db.selectFrom('bot_trainingsvoorbeeld').select('id').execute();

    const taken = await judge(draft!.id, 'overgenomen');
    expect(taken.statusCode).toBe(200);
    expect(taken.json()).toMatchObject({ id: draft!.id, status: 'overgenomen' });
    const examplesAfter = await t.database.db.selectFrom('bot_trainingsvoorbeeld').select(['artikel_id', 'tekst']).execute();
    expect(examplesAfter).toHaveLength(examplesBefore.length + 1);
    expect(examplesAfter.some((e) => e.artikel_id === 'bladkorven-herfst' && e.tekst.includes('bladkorven weer neergezet'))).toBe(true);

    const again = await judge(draft!.id, 'verworpen');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('LOKET_BOT_CONCEPT_AL_BEOORDEELD');
    expect((await judge('6a0c1e4e-0f7d-4a53-9a0b-3a2f1f0d9e11', 'verworpen')).statusCode).toBe(404);
    expect((await judge(draft!.id, 'misschien')).statusCode).toBe(400);
  });

  it('shows drafts only to roles that read contacts', async () => {
    const { processed } = await t.app.pipeline.receive(email('blad3', 'Bladkorven', 'Waar staan de bladkorven?'));
    expect((await concepts(processed!.gesprekId, redacteur)).statusCode).toBe(403);
  });
});
