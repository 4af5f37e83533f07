import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';
import { maskForReading } from '../platform/nl/mask-personal-data.ts';

describe('coaching shows the bot’s open questions without who asked them', () => {
  let t: TestApp;
  let redacteur: Session;

  beforeAll(async () => {
    t = await createTestApp();
    redacteur = await t.login(['redacteur']);
  });
  afterAll(() => t.close());

  it('masks names, addresses and numbers, and logs the read', async () => {
    for (const [i, text] of [
      'Mijn naam is Fenna de Wit, ik woon op de Lindelaan 12 en mijn container is kapot',
      'Ik ben Gert Bakker van de Kerkstraat 4a 3541 AB en mijn container is kapot, bel 06-12345678',
    ].entries()) {
      expect(
        (
          await t.app.inject({
            method: 'POST',
            url: '/api/bot/ask',
            remoteAddress: `10.2.0.${i + 1}`,
            payload: { text, channel: 'webchat' },
          })
        ).statusCode,
      ).toBe(200);
    }
    const response = await t.app.inject({ method: 'GET', url: '/api/bot/coaching', headers: redacteur.headers });
    expect(response.statusCode).toBe(200);
    const texts = (response.json().clusters as { questions: { text: string }[] }[]).flatMap((c) => c.questions.map((q) => q.text));
    expect(texts).toHaveLength(2);
    for (const secret of ['Fenna', 'Wit', 'Lindelaan 12', 'Gert', 'Bakker', 'Kerkstraat', '3541', '12345678'])
      expect(texts.join(' ')).not.toContain(secret);
    expect(texts.join(' ')).toContain('container is kapot');
    const logged = await t.database.db
      .selectFrom('verwerkt_object')
      .innerJoin('verwerkingsactie', 'verwerkingsactie.id', 'verwerkt_object.verwerkingsactie_id')
      .select(['verwerkingsactie.actie_naam', 'verwerkingsactie.gebruiker'])
      .where('verwerkt_object.objecttype', '=', 'bot_vraag')
      .execute();
    expect(logged).toHaveLength(2);
    expect(logged[0]).toMatchObject({ actie_naam: 'Botvragen raadplegen (coaching)', gebruiker: redacteur.medewerkerId });
  });

  it('masks a little too much rather than too little, and leaves ordinary questions alone', () => {
    expect(maskForReading('Waar kan ik Jan Jansen bereiken?')).toBe('Waar kan ik [naam] bereiken?');
    expect(maskForReading('ik ben mevrouw Jansen')).toBe('ik ben mevrouw [naam]');
    expect(maskForReading('Wanneer komt de vuilnisman in het Lindenpark?')).toBe('Wanneer komt de vuilnisman in het Lindenpark?');
  });
});
