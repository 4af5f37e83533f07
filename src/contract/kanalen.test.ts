import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAT_KANALEN } from '../analytics/gesprekskwaliteit/bron.ts';
import { BOT_CHANNELS } from '../bot/bot-conversation.ts';
import { SOORTEN } from '../channels/koppelingen/kanaal-soorten.ts';
import { kanaalgrenzen } from '../conversations/kanaalgrenzen.ts';
import type { KanaalSoort } from '../db/schema.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { KANAAL_CATALOGUS, KANAAL_CODES, kanaalSpec, kanalenMet } from './kanalen.ts';

describe('the channel catalogue', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it('is the enum the API validates and documents kanaal against, no more and no less', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const enums = new Set<string>();
    // Every kanaal enum in the document: a list of strings that contains 'telefoon' and 'whatsapp'.
    JSON.stringify(response.json(), (_key, value: unknown) => {
      if (Array.isArray(value) && value.includes('telefoon') && value.includes('whatsapp')) enums.add(JSON.stringify(value));
      return value;
    });
    expect(enums.size).toBeGreaterThan(0);
    for (const e of enums) expect(JSON.parse(e)).toEqual(KANAAL_CODES);
    expect(KANAAL_CODES).toEqual(expect.arrayContaining(['messenger', 'instagram']));
  });

  it('names the kanaal of every kind of channel connection the database allows', async () => {
    const { rows } = await sql<{ def: string }>`
      select pg_get_constraintdef(c.oid) as def from pg_constraint c
      where c.conrelid = 'kanaal_koppeling'::regclass and c.contype = 'c' and pg_get_constraintdef(c.oid) like '%soort%'`.execute(
      t.database.db,
    );
    const soorten = [...(rows[0]?.def ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1] as KanaalSoort);
    expect(soorten.sort()).toEqual(Object.keys(SOORTEN).sort());
    for (const soort of soorten) {
      const kanaal = SOORTEN[soort].kanaal;
      expect(KANAAL_CODES, soort).toContain(kanaal);
      expect(kanaalSpec(kanaal), soort).toMatchObject({ gesprekken: true, chat: true, bot: true });
    }
  });

  it('keeps the channel sets the server used before the catalogue (no behaviour change)', () => {
    const chat = ['webchat', 'whatsapp', 'messenger', 'instagram', 'sms'];
    expect([...BOT_CHANNELS]).toEqual(chat);
    expect(CHAT_KANALEN).toEqual(chat);
    expect(kanalenMet((k) => k.bijlagen === 'link')).toEqual(['whatsapp']);
    expect(kanalenMet((k) => k.overSocket)).toEqual(['webchat']);
    expect(kanalenMet((k) => !k.gesprekken)).toEqual(['brief', 'sociale_media', 'gebeurtenis']);
  });

  it('gives Meta channels a 24-hour reply window, templates only on WhatsApp', () => {
    expect(kanalenMet((k) => k.antwoordvensterUren === 24)).toEqual(['whatsapp', 'messenger', 'instagram']);
    const laatste = new Date('2026-03-01T10:00:00Z');
    const later = new Date('2026-03-02T10:00:01Z');
    expect(kanaalgrenzen('messenger', laatste, later)).toMatchObject({ vensterOpen: false, alleenSjablonen: false, maxLengte: 2000 });
    expect(kanaalgrenzen('whatsapp', laatste, later)).toMatchObject({ vensterOpen: false, alleenSjablonen: true, maxLengte: 4096 });
    expect(kanaalgrenzen('instagram', laatste, new Date('2026-03-02T09:59:59Z'))).toMatchObject({
      vensterOpen: true,
      vensterSluitOp: '2026-03-02T10:00:00.000Z',
    });
    expect(kanaalgrenzen('sms', laatste, later)).toMatchObject({ vensterOpen: true, vensterSluitOp: null, maxLengte: 1600 });
  });

  it('keeps capabilities consistent: chat and bot channels carry gesprekken, spoken ones are not chat', () => {
    for (const code of KANAAL_CODES) {
      const spec = KANAAL_CATALOGUS[code];
      if (spec.chat || spec.bot || spec.telefonisch || spec.antwoordvensterUren !== null) expect(spec.gesprekken, code).toBe(true);
      if (spec.telefonisch) expect(spec.chat, code).toBe(false);
      if (spec.sjablonenBuitenVenster) expect(spec.antwoordvensterUren, code).not.toBeNull();
    }
    expect(kanaalSpec('onbekend')).toMatchObject({ gesprekken: false, chat: false, maxLengte: null });
  });
});
