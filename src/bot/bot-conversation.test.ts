import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendBericht, createGesprek } from '../conversations/conversations.service.ts';
import { importKennisbank, parseKennisbank } from '../knowledge/kennisbank-io.ts';
import { assignWaiting, BOT_STILTE_SECONDS } from '../routing/assignment.ts';
import { systemContext } from '../platform/system-context.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';
import { botActor } from './bot.service.ts';

const kennisbank = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../lindendaal/kennisbank.json'), 'utf8'));

/** The bot decides; the conversations domain writes its decision into the gesprek (bot_modus, messages, handover). */
describe('the bot in a gesprek', () => {
  let t: TestApp;
  let agent: Session;
  let chats = 0;

  beforeAll(async () => {
    t = await createTestApp();
    await importKennisbank(t.database.db, systemContext('test'), parseKennisbank(kennisbank));
    agent = await t.login(['kcc']);
  });
  afterAll(async () => {
    await t?.close();
  });

  const presence = (status: 'beschikbaar' | 'pauze') =>
    t.app.inject({ method: 'PUT', url: '/api/aanwezigheid', headers: agent.headers, payload: { status, kanalen: ['webchat'] } });
  const chat = async (externeId: string, tekst: string) => {
    const { processed } = await t.app.pipeline.receive({
      kanaal: 'webchat',
      kanaalBerichtId: `${externeId}-${++chats}`,
      afzender: null,
      draad: { externeId },
      tekst,
    });
    return processed!.gesprekId;
  };
  const gesprek = (id: string) =>
    t.database.db
      .selectFrom('gesprek')
      .select(['bot_modus', 'bot_reden', 'toegewezen_aan', 'metadata'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const botBerichten = async (id: string) => {
    const { id: botId } = await botActor(t.database.db);
    return t.database.db
      .selectFrom('bericht')
      .select(['inhoud', 'metadata'])
      .where('gesprek_id', '=', id)
      .where('afzender_actor_id', '=', botId)
      .orderBy('verzonden_op')
      .execute();
  };
  const closeAll = () => sql`update gesprek set status = 'afgehandeld' where status <> 'afgehandeld'`.execute(t.database.db);

  it('answers what it is sure of and keeps the gesprek out of the queue while it does', async () => {
    await presence('beschikbaar');
    const id = await chat('bot-antwoord', 'Hoe kan ik grofvuil laten ophalen?');
    expect(await gesprek(id)).toMatchObject({ bot_modus: 'actief', bot_reden: null, toegewezen_aan: null });
    expect((await gesprek(id)).metadata).not.toHaveProperty('bot');
    const [antwoord] = await botBerichten(id);
    expect(antwoord?.metadata).toMatchObject({ bot: { articleId: 'grofvuil-laten-ophalen' } });
    expect(await assignWaiting(t.database.db, { now: t.app.clock.now() })).toBe(0);
    await closeAll();
  });

  it('hands over when the citizen asks for a person, and routing then assigns the chat', async () => {
    await presence('beschikbaar');
    const id = await chat('bot-overdracht', 'Hoe kan ik grofvuil laten ophalen?');
    await chat('bot-overdracht', 'medewerker');
    expect(await gesprek(id)).toMatchObject({ bot_modus: 'overgedragen', bot_reden: 'handoff_request' });
    const berichten = await botBerichten(id);
    expect(berichten).toHaveLength(2);
    expect(berichten[1]).toMatchObject({
      inhoud: expect.stringContaining('Ik verbind u door'),
      metadata: { bot: { handoff: 'handoff_request' } },
    });
    expect(await assignWaiting(t.database.db, { now: t.app.clock.now() })).toBe(1);
    expect((await gesprek(id)).toegewezen_aan).toBe(agent.medewerkerId);
    await closeAll();
  });

  it('falls silent once an agent takes the gesprek from it', async () => {
    await presence('pauze');
    const id = await chat('bot-overgenomen', 'Hoe kan ik grofvuil laten ophalen?');
    const taken = await t.app.inject({ method: 'POST', url: `/api/gesprekken/${id}/toewijzing`, headers: agent.headers, payload: {} });
    expect(taken.statusCode).toBe(204);
    expect(await gesprek(id)).toMatchObject({ bot_modus: 'overgedragen', bot_reden: null, toegewezen_aan: agent.medewerkerId });
    await chat('bot-overgenomen', 'Wanneer wordt het opgehaald?');
    expect(await botBerichten(id)).toHaveLength(1);
    await closeAll();
  });

  it('hands over a chat whose citizen has waited too long on a bot that lost its turn', async () => {
    await presence('beschikbaar');
    // A bot chat whose bot turn never ran (the node stopped right after the message was stored).
    const stil = await createGesprek(t.database.db, { kanaal: 'webchat', externeId: 'bot-stil', botModus: 'actief' });
    await appendBericht(t.database.db, stil, { richting: 'inkomend', inhoud: 'Is er iemand?' });
    await sql`update gesprek set wacht_sinds = now() - make_interval(secs => ${BOT_STILTE_SECONDS + 60}) where id = ${stil}`.execute(
      t.database.db,
    );
    // One the bot has just been given: not yet the bot's failure.
    const vers = await createGesprek(t.database.db, { kanaal: 'webchat', externeId: 'bot-vers', botModus: 'actief' });
    await appendBericht(t.database.db, vers, { richting: 'inkomend', inhoud: 'Hallo' });

    expect(await assignWaiting(t.database.db, { now: t.app.clock.now() })).toBe(1);
    expect(await gesprek(stil)).toMatchObject({ bot_modus: 'overgedragen', bot_reden: 'onbeantwoord', toegewezen_aan: agent.medewerkerId });
    expect(await gesprek(vers)).toMatchObject({ bot_modus: 'actief', toegewezen_aan: null });
    await closeAll();
  });
});
