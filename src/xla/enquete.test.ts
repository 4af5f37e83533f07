import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeGesprekStatus } from '../conversations/conversations.service.ts';
import { importKennisbank, parseKennisbank } from '../knowledge/kennisbank-io.ts';
import { LINDENDAAL_DIR } from '../knowledge/matching/lindendaal-data.ts';
import { systemContext } from '../platform/system-context.ts';
import { FixedClock } from '../platform/clock.ts';
import type { LoketEvent } from '../platform/realtime/event-bus.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { verstuurEnquetes } from './enquete.service.ts';

const DAG = 86_400_000;

/**
 * The close transition (conversations service) stamps afgesloten_op with the real time, so the
 * app's clock starts at the real moment and only moves relative to it: the survey window and the
 * token's expiry hold on any day the suite runs.
 */
describe('survey after a closed gesprek', () => {
  let t: TestApp;
  let clock: FixedClock;
  const events: LoketEvent[] = [];
  const tokenIn = (text: string) => /\/enquete\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];

  const gesloten = async (kanaal: string, opties: { inkomend?: boolean; externeId?: string } = {}) => {
    const db = t.database.db;
    const { id } = await db
      .insertInto('gesprek')
      .values({ kanaal, externe_id: opties.externeId ?? null, onderwerp: 'Vraag' })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (opties.inkomend ?? true)
      await db
        .insertInto('bericht')
        .values({ gesprek_id: id, richting: 'inkomend', inhoud: 'Wanneer wordt het grofvuil opgehaald?' })
        .execute();
    await changeGesprekStatus(db, undefined, id, 'afhandelen');
    return id;
  };
  const enqueteBericht = (gesprekId: string) =>
    t.database.db
      .selectFrom('bericht')
      .select(['inhoud', 'bezorgstatus', 'richting'])
      .where('gesprek_id', '=', gesprekId)
      .where('richting', '=', 'uitgaand')
      .execute();
  const run = () =>
    verstuurEnquetes(t.database.db, t.config.xla, { now: clock.now(), publicUrl: t.config.publicUrl, kickDelivery: () => undefined });
  const post = (token: string, payload: unknown) =>
    t.app.inject({ method: 'POST', url: `/api/enquete/${token}`, payload: payload as object });

  let chatId: string;
  let mailId: string;
  let chatToken: string;
  let mailToken: string;

  beforeAll(async () => {
    clock = new FixedClock(new Date());
    t = await createTestApp({ ENQUETE_KANALEN: 'webchat,email', ENQUETE_GELDIG_DAGEN: '7' }, { overrides: { clock } });
    t.app.hub.subscribe((event) => events.push(event));
    chatId = await gesloten('webchat', { externeId: 'sessie-enquete-1' });
    mailId = await gesloten('email');
  });
  afterAll(() => t.close());

  it('sends one survey per closed gesprek on its own channel, only where switched on and only after a citizen wrote', async () => {
    const whatsapp = await gesloten('whatsapp');
    const zonderVraag = await gesloten('email', { inkomend: false });
    expect(await run()).toBe(2);
    expect(await run()).toBe(0);

    const [chat] = await enqueteBericht(chatId);
    expect(chat!.bezorgstatus).toBe('verzonden');
    chatToken = tokenIn(chat!.inhoud)!;
    expect(chat!.inhoud).toContain(`${t.config.publicUrl}/enquete/`);
    const [mail] = await enqueteBericht(mailId);
    expect(mail!.bezorgstatus).toBe('wachtrij');
    mailToken = tokenIn(mail!.inhoud)!;
    expect(mailToken).not.toBe(chatToken);

    expect(await enqueteBericht(whatsapp)).toEqual([]);
    expect(await enqueteBericht(zonderVraag)).toEqual([]);
    // Only the hash is stored.
    const stored = await t.database.db.selectFrom('enquete').select('token_hash').execute();
    expect(stored.map((s) => s.token_hash)).not.toContain(chatToken);
    // The gesprek stays closed.
    expect((await t.database.db.selectFrom('gesprek').select('status').where('id', '=', chatId).executeTakeFirstOrThrow()).status).toBe(
      'afgehandeld',
    );
  });

  it("offers the web chat form inline to the citizen's own session", async () => {
    await expect.poll(() => events.find((e) => e.type === 'enquete')).toBeTruthy();
    const event = events.find((e) => e.type === 'enquete')!;
    expect(event.audience).toEqual({ chatSessionIds: ['sessie-enquete-1'] });
    expect(event.data).toEqual({ token: chatToken });
  });

  it('accepts an answer once and refuses unknown, used and malformed tokens alike', async () => {
    const first = await post(chatToken, { tevredenheid: 4, vraagBeantwoord: true, opmerking: '  Snel geholpen met het grofvuil  ' });
    expect(first.statusCode).toBe(201);
    const row = await t.database.db.selectFrom('enquete').selectAll().where('gesprek_id', '=', chatId).executeTakeFirstOrThrow();
    expect([row.tevredenheid, row.vraag_beantwoord, row.opmerking]).toEqual([4, true, 'Snel geholpen met het grofvuil']);

    const used = await post(chatToken, { tevredenheid: 1, vraagBeantwoord: false });
    const unknown = await post('A'.repeat(43), { tevredenheid: 1, vraagBeantwoord: false });
    const malformed = await post('kort', { tevredenheid: 1, vraagBeantwoord: false });
    for (const response of [used, unknown, malformed]) {
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual(used.json());
    }
    expect(used.json().error.code).toBe('LOKET_ENQUETE_NIET_BESCHIKBAAR');
    // The used token kept its first answer.
    expect(
      (await t.database.db.selectFrom('enquete').select('tevredenheid').where('gesprek_id', '=', chatId).executeTakeFirstOrThrow())
        .tevredenheid,
    ).toBe(4);
  });

  it('counts a comment in the topic analytics as feedback, like a text message, without the citizen', { timeout: 120_000 }, async () => {
    const kennisbank = JSON.parse(readFileSync(join(LINDENDAAL_DIR, 'kennisbank.json'), 'utf8')) as unknown;
    await importKennisbank(t.database.db, systemContext('test'), parseKennisbank(kennisbank));
    const gesprekId = await gesloten('email');
    await run();
    const token = tokenIn((await enqueteBericht(gesprekId))[0]!.inhoud)!;
    const opmerking = 'De bladkorf in onze straat is al weken niet geleegd, hij zit helemaal vol met bladeren.';
    expect((await post(token, { tevredenheid: 2, vraagBeantwoord: false, opmerking })).statusCode).toBe(201);

    const db = t.database.db;
    const { opmerking_klantcontact_id: id } = await db
      .selectFrom('enquete')
      .select('opmerking_klantcontact_id')
      .where('gesprek_id', '=', gesprekId)
      .executeTakeFirstOrThrow();
    const onderwerp = await db
      .selectFrom('klantcontact_onderwerp')
      .selectAll()
      .where('klantcontact_id', '=', id!)
      .executeTakeFirstOrThrow();
    expect(onderwerp).toMatchObject({ kanaal: 'feedback', artikel_id: 'bladkorven-herfst', partij_id: null });
    // Anonymous like the survey: no partij, no verzoek, so first-contact resolution and effort do not see it.
    expect(await db.selectFrom('betrokkene').select('id').where('klantcontact_id', '=', id!).execute()).toEqual([]);
    expect(
      (await db.selectFrom('klantcontact').select('verzoek_id').where('id', '=', id!).executeTakeFirstOrThrow()).verzoek_id,
    ).toBeNull();

    const lead = await t.login(['teamleider']);
    const dag = (d: number) => new Date(clock.now().getTime() + d * DAG).toISOString().slice(0, 10);
    const volumes = (
      await t.app.inject({ method: 'GET', url: `/api/analytics/volumes?from=${dag(-7)}&to=${dag(7)}`, headers: lead.headers })
    ).json<{ volumes: { kanaal: string; category: string; count: number }[] }>().volumes;
    expect(onderwerp.categorie).toBe('afval');
    expect(volumes).toContainEqual(expect.objectContaining({ kanaal: 'feedback', category: 'afval', count: 1 }));
  });

  it('names the field of a bad answer', async () => {
    const response = await post(mailToken, { tevredenheid: 6, vraagBeantwoord: true });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0].field).toBe('body.tevredenheid');
    const extra = await post(mailToken, { tevredenheid: 3, vraagBeantwoord: true, naam: 'Jan' });
    expect(extra.statusCode).toBe(400);
  });

  it('serves the survey page for a link, with its own security policy, and takes a plain form post', async () => {
    const page = await t.app.inject({ method: 'GET', url: `/enquete/${mailToken}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['content-security-policy']).toMatch(/default-src 'none'.*frame-ancestors 'none'/);
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.body).toContain('<legend class="utrecht-form-fieldset__legend">Hoe tevreden bent u over het contact?</legend>');

    const form = (body: string) =>
      t.app.inject({
        method: 'POST',
        url: `/enquete/${mailToken}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: body,
      });
    const invalid = await form('vraagBeantwoord=nee&opmerking=te+laat');
    expect(invalid.statusCode).toBe(400);
    expect(invalid.body).toContain('Kies hoe tevreden u bent');
    expect(invalid.body).toContain('>te laat</textarea>');

    const ok = await form('tevredenheid=2&vraagBeantwoord=nee&opmerking=');
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('Bedankt voor uw mening');
    const row = await t.database.db.selectFrom('enquete').selectAll().where('gesprek_id', '=', mailId).executeTakeFirstOrThrow();
    expect([row.tevredenheid, row.vraag_beantwoord, row.opmerking]).toEqual([2, false, null]);

    const again = await t.app.inject({ method: 'GET', url: `/enquete/${mailToken}` });
    expect(again.statusCode).toBe(404);
    expect(again.body).toContain('niet (meer) beschikbaar');
  });

  it('refuses an expired token like an unknown one', async () => {
    const id = await gesloten('webchat');
    await run();
    const token = tokenIn((await enqueteBericht(id))[0]!.inhoud)!;
    const unknown = await post('B'.repeat(43), { tevredenheid: 5, vraagBeantwoord: true });
    // Valid for 7 days: 6 days on it still opens, 8 days on it is refused (the clock only moves forward, as the throttle expects).
    clock.advance(6 * DAG);
    expect((await t.app.inject({ method: 'GET', url: `/enquete/${token}` })).statusCode).toBe(200);
    clock.advance(2 * DAG);
    const expired = await post(token, { tevredenheid: 5, vraagBeantwoord: true });
    expect(expired.statusCode).toBe(404);
    expect(expired.json()).toEqual(unknown.json());
    expect(
      (await t.database.db.selectFrom('enquete').select('beantwoord_op').where('gesprek_id', '=', id).executeTakeFirstOrThrow())
        .beantwoord_op,
    ).toBeNull();
  });

  it('sends nothing when no channel has the survey switched on', async () => {
    const off = await createTestApp();
    try {
      const { id } = await off.database.db
        .insertInto('gesprek')
        .values({ kanaal: 'webchat', status: 'afgehandeld', afgesloten_op: new Date() })
        .returning('id')
        .executeTakeFirstOrThrow();
      await off.database.db.insertInto('bericht').values({ gesprek_id: id, richting: 'inkomend', inhoud: 'Vraag' }).execute();
      expect(
        await verstuurEnquetes(off.database.db, off.config.xla, {
          now: new Date(),
          publicUrl: off.config.publicUrl,
          kickDelivery: () => undefined,
        }),
      ).toBe(0);
      expect(await off.database.db.selectFrom('enquete').select('id').execute()).toEqual([]);
    } finally {
      await off.close();
    }
  });
});
