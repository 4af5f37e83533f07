import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ANSWER_THRESHOLD } from '../knowledge/matching/matcher.ts';
import { FixedClock } from '../platform/clock.ts';
import { algoritmeregister } from './algoritmeregister.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { BOT_METING } from './bot-meting.ts';

const NU = '2026-03-15T12:00:00Z';
const dagenVoor = (dagen: number) => new Date(Date.parse(NU) - dagen * 86_400_000);

describe('GET /api/bot/algoritmeregister', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ BOT_ACTIEF: 'true' }, { overrides: { clock: new FixedClock(NU) } });
    const vraag = (uitkomst: 'beantwoord' | 'keuze' | 'doorverbonden', dagen: number) => ({
      kanaal: 'webchat',
      tekst: 'Wanneer wordt het afval opgehaald?',
      uitkomst,
      reden: 'test',
      artikel_id: uitkomst === 'beantwoord' ? 'afvalkalender' : null,
      zekerheid: 0.5,
      gesteld_op: dagenVoor(dagen),
    });
    await t.database.db
      .insertInto('bot_vraag')
      .values([vraag('beantwoord', 1), vraag('beantwoord', 29), vraag('keuze', 3), vraag('doorverbonden', 2), vraag('beantwoord', 31)])
      .execute();
    await t.database.db
      .insertInto('bot_feedback')
      .values([
        { artikel_id: 'afvalkalender', tekst: 'x', nuttig: true, gegeven_op: dagenVoor(1) },
        { artikel_id: 'afvalkalender', tekst: 'x', nuttig: false, gegeven_op: dagenVoor(2) },
        { artikel_id: 'afvalkalender', tekst: 'x', nuttig: true, gegeven_op: dagenVoor(40) },
      ])
      .execute();
  });
  afterAll(() => t.close());

  it('is public and publishes the threshold the bot answers with', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/bot/algoritmeregister' });
    expect(response.statusCode, response.body).toBe(200);
    const register = response.json();
    expect(register.drempel).toBe(DEFAULT_ANSWER_THRESHOLD);
    expect(register.status).toBe('in gebruik');
    expect(register.kanalen).toContain('webchat');
    expect(register.kanalen).not.toContain('telefoon');
    expect(register.tekst).toContain(DEFAULT_ANSWER_THRESHOLD.toFixed(4));
  });

  it('publishes the figures measured on writers the bot was not fitted on, for the threshold it ships with', async () => {
    // Changing the threshold without measuring again (npm run eval:bot -- --bijwerken) fails here.
    expect(BOT_METING.drempel).toBe(DEFAULT_ANSWER_THRESHOLD);
    expect(BOT_METING.methode).toBe('leave-one-writer-out');
    expect(BOT_METING.schrijvers.length).toBeGreaterThan(1);
    expect(BOT_METING.vragen).toBe(BOT_METING.binnenScope + BOT_METING.buitenScope);
    const { meting, tekst } = (await t.app.inject({ method: 'GET', url: '/api/bot/algoritmeregister' })).json();
    expect(meting).toEqual({ ...BOT_METING, actueel: true });
    const procent = (share: number) => `${(100 * share).toLocaleString('nl-NL', { maximumFractionDigits: 1 })}%`;
    expect(tekst).toContain(`${procent(BOT_METING.precisie)} van de gegeven antwoorden was juist`);
    expect(tekst).toContain(`${procent(BOT_METING.buitenScopeDoorverbonden)} van de vragen buiten de kennisbank werd doorverbonden`);
  });

  it('counts what citizens asked and rated in the last 30 days, by the app clock', async () => {
    const { praktijk, tekst } = (await t.app.inject({ method: 'GET', url: '/api/bot/algoritmeregister' })).json();
    expect(praktijk).toMatchObject({ vragen: 4, beantwoord: 2, keuzeAangeboden: 1, doorverbonden: 1, beoordeeld: 2, nuttig: 1 });
    expect(praktijk.tot).toBe(new Date(NU).toISOString());
    expect(tekst).toContain('kreeg de bot 4 vragen: 2 beantwoord, 1 met een keuze uit artikelen en 1 doorverbonden');
  });
});

describe('the register text with the bot switched off', () => {
  it('says so', () => {
    const praktijk = { van: NU, tot: NU, vragen: 0, beantwoord: 0, keuzeAangeboden: 0, doorverbonden: 0, beoordeeld: 0, nuttig: 0 };
    const register = algoritmeregister(BOT_METING, praktijk, false);
    expect(register.status).toBe('uitgeschakeld');
    expect(register.tekst).toContain('Status: uitgeschakeld');
    expect(register.tekst).toContain('In de afgelopen 30 dagen zijn geen vragen aan de bot gesteld.');
  });

  it('says the figures are out of date when the threshold changed since they were measured', () => {
    const praktijk = { van: NU, tot: NU, vragen: 0, beantwoord: 0, keuzeAangeboden: 0, doorverbonden: 0, beoordeeld: 0, nuttig: 0 };
    const register = algoritmeregister({ ...BOT_METING, drempel: BOT_METING.drempel - 0.1 }, praktijk, true);
    expect(register.meting.actueel).toBe(false);
    expect(register.risicobeheer).toContain('opnieuw gemeten');
  });
});
