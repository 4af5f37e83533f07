import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importKennisbank, parseKennisbank } from '../knowledge/kennisbank-io.ts';
import { systemContext } from '../platform/system-context.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';
import { addTrainingExample, askBot, botActor } from './bot.service.ts';

const kennisbank = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../lindendaal/kennisbank.json'), 'utf8'));
const RATE_LIMIT = 6;

describe('the bot answers only what it is sure of', () => {
  let t: TestApp;
  let redacteur: Session;
  let kcc: Session;
  let client = 0;
  /** Each call comes from its own address unless told otherwise, to stay under the rate limit. */
  const ask = async (text: string, remoteAddress = `10.0.0.${++client}`) => {
    const response = await t.app.inject({ method: 'POST', url: '/api/bot/ask', remoteAddress, payload: { text, channel: 'webchat' } });
    return response;
  };

  beforeAll(async () => {
    t = await createTestApp({ BOT_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT) });
    redacteur = await t.login(['redacteur']);
    kcc = await t.login(['kcc']);
    await importKennisbank(t.database.db, systemContext('test'), parseKennisbank(kennisbank));
  });
  afterAll(() => t.close());

  it('answers a clear question with the article summary', async () => {
    const response = await ask('Waar staan de bladkorven dit jaar?');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ handoff: false, articleId: 'bladkorven-herfst', alternatives: [] });
    expect(body.answer).toBe(kennisbank.find((a: { id: string }) => a.id === 'bladkorven-herfst').summary);
    expect(body.confidence).toBeGreaterThan(0.5);
  });

  it('hands off to a medewerker whenever one is asked for', async () => {
    for (const text of ['ik wil een medewerker', 'Waar staan de bladkorven? Ik wil liever een medewerker spreken']) {
      expect((await ask(text)).json()).toMatchObject({ handoff: true, articleId: null, answer: null });
    }
  });

  it('never answers from a werkinstructie, and stops answering from an archived article', async () => {
    const wi = kennisbank.filter((a: { type: string }) => a.type === 'werkinstructie');
    for (const item of wi)
      expect((await askBot(t.database.db, { text: item.title, channel: 'webchat' })).articleId ?? '').not.toMatch(/^wi-/);

    const before = await askBot(t.database.db, { text: 'Wanneer wordt mijn grofvuil opgehaald?', channel: 'webchat' });
    expect(before.articleId).toBe('grofvuil-laten-ophalen');
    const archived = await t.app.inject({
      method: 'POST',
      url: '/api/kennisbank/artikelen/grofvuil-laten-ophalen/versies/1/archiveren',
      headers: redacteur.headers,
    });
    expect(archived.statusCode).toBe(200);
    const after = await askBot(t.database.db, { text: 'Wanneer wordt mijn grofvuil opgehaald?', channel: 'webchat' });
    expect(after.articleId).not.toBe('grofvuil-laten-ophalen');
  });

  it('limits the questions per client (429) without hindering other clients', async () => {
    const codes: number[] = [];
    for (let i = 0; i <= RATE_LIMIT; i++) codes.push((await ask('hallo', '10.9.9.9')).statusCode);
    expect(codes.slice(0, RATE_LIMIT).every((c) => c === 200)).toBe(true);
    const limited = await ask('hallo', '10.9.9.9');
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('LOKET_BOT_TE_VEEL_VRAGEN');
    expect((await ask('hallo', '10.9.9.10')).statusCode).toBe(200);
  });

  it('logs each question with its outcome, with personal data masked', async () => {
    const { questionId } = (await ask('Mijn BSN is 123456782 en mail j.jansen@example.nl, bel 06-12345678 over de zeppelin')).json();
    const row = await t.database.db.selectFrom('bot_vraag').selectAll().where('id', '=', questionId).executeTakeFirstOrThrow();
    expect(row.tekst).toBe('Mijn BSN is [nummer] en mail [e-mail], bel [telefoon] over de zeppelin');
    expect(row.uitkomst).toBe('doorverbonden');
  });

  it('learns: a useful answer and training examples count from the next retrain', async () => {
    const answered = (await ask('Waar staan de bladkorven dit jaar?')).json();
    const feedback = await t.app.inject({
      method: 'POST',
      url: '/api/bot/feedback',
      remoteAddress: '10.1.1.1',
      payload: { questionId: answered.questionId, articleId: 'bladkorven-herfst', useful: true },
    });
    expect(feedback.statusCode).toBe(204);
    const fromFeedback = await t.database.db
      .selectFrom('bot_trainingsvoorbeeld')
      .select('bron')
      .where('artikel_id', '=', 'bladkorven-herfst')
      .execute();
    expect(fromFeedback.map((r) => r.bron)).toEqual(['feedback']);

    const question = 'zeppelin xylofoon kwartet';
    expect((await askBot(t.database.db, { text: question, channel: 'webchat' })).articleId).toBeNull();
    await addTrainingExample(t.database.db, { text: question, articleId: 'melding-openbare-ruimte', source: 'afronding' });
    expect((await t.app.inject({ method: 'POST', url: '/api/bot/retrain', headers: kcc.headers })).statusCode).toBe(403);
    const retrained = await t.app.inject({ method: 'POST', url: '/api/bot/retrain', headers: redacteur.headers });
    expect(retrained.json().examples).toBe(2);
    // One wrap-up alone does not make the bot sure of words it has never seen; a second one does.
    expect((await askBot(t.database.db, { text: question, channel: 'webchat' })).articleId).toBeNull();
    await addTrainingExample(t.database.db, {
      text: 'een zeppelin, een xylofoon en een kwartet',
      articleId: 'melding-openbare-ruimte',
      source: 'afronding',
    });
    expect((await t.app.inject({ method: 'POST', url: '/api/bot/retrain', headers: redacteur.headers })).json().examples).toBe(3);
    expect((await askBot(t.database.db, { text: question, channel: 'webchat' })).articleId).toBe('melding-openbare-ruimte');
  });

  it('groups unanswered questions for coaching, each group with the closest article', async () => {
    for (const text of ['mag mijn hond los in het Lindenpark', 'mag de hond los lopen in het park', 'mag mijn hond loslopen in het park?'])
      await ask(text);
    expect((await t.app.inject({ method: 'GET', url: '/api/bot/coaching', headers: kcc.headers })).statusCode).toBe(403);
    const response = await t.app.inject({ method: 'GET', url: '/api/bot/coaching', headers: redacteur.headers });
    expect(response.statusCode).toBe(200);
    const clusters = response.json().clusters as {
      size: number;
      questions: { text: string }[];
      closestArticle: { articleId: string } | null;
    }[];
    const withDogs = clusters.filter((c) => c.questions.some((q) => q.text.includes('hond')));
    expect(withDogs).toHaveLength(1);
    const dogs = withDogs[0];
    expect(dogs?.size).toBeGreaterThanOrEqual(2);
    expect(dogs?.closestArticle?.articleId).toBeTruthy();
    expect(clusters.flatMap((c) => c.questions).some((q) => q.text.includes('medewerker'))).toBe(false);
  });

  it('acts as the geautomatiseerde actor "Loket-bot"', async () => {
    const actor = await botActor(t.database.db);
    const row = await t.database.db.selectFrom('actor').select('soort_actor').where('id', '=', actor.id).executeTakeFirstOrThrow();
    expect(row.soort_actor).toBe('geautomatiseerde_actor');
  });
});
