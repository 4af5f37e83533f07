import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAT_KANALEN } from '../analytics/gesprekskwaliteit/bron.ts';
import { BOT_CHANNELS } from '../bot/bot-conversation.ts';
import { SOORTEN } from '../channels/koppelingen/kanaal-soorten.ts';
import { kanaalgrenzen } from '../conversations/kanaalgrenzen.ts';
import type { KanaalSoort } from '../db/schema.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import {
  isKanaal,
  KANAAL_CATALOGUS,
  KANAAL_CODES,
  kanaalSpec,
  kanalenMet,
  type KanaalCode,
  type KanaalMet,
  type KanaalSpec,
} from './kanalen.ts';

describe('the channel catalogue', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it('is where every list of channels in the API comes from: no enum drifts from it, none is written out by hand', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const { enums, unions } = channelListsIn(response.json());
    expect(enums).toContainEqual(KANAAL_CODES);
    // A new channel in the catalogue changes these lists with it; a list typed out by hand would not.
    const fromCatalogue = new Set(catalogueLists().map((list) => JSON.stringify(list)));
    expect(enums.filter((list) => !fromCatalogue.has(JSON.stringify(list)))).toEqual([]);
    expect(unions).toEqual([]);
    expect(KANAAL_CODES).toEqual(expect.arrayContaining(['messenger', 'instagram']));
  });

  it('finds a hand-written channel list in a schema (the check above can fail)', () => {
    const schema = {
      a: { enum: ['webchat', 'whatsapp', 'email'] },
      b: { anyOf: [{ type: 'string', enum: ['webchat'] }, { const: 'telefoon' }] },
      c: { enum: ['jaarlijks', 'lustrum'] },
    };
    expect(channelListsIn(schema)).toEqual({ enums: [['webchat', 'whatsapp', 'email']], unions: [['webchat', 'telefoon']] });
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
    expect(kanalenMet((k) => k.enquete)).toEqual(['email', 'webchat', 'whatsapp']);
    expect(kanalenMet((k) => k.inwonerAdres === 'telefoonnummer')).toEqual(['whatsapp', 'sms']);
    const uitgaand: KanaalMet<'uitgaand'>[] = ['email', 'whatsapp', 'sms'];
    expect(kanalenMet((k) => k.uitgaand)).toEqual(uitgaand);
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

/** All codes, and the codes with each capability: the lists a schema may take from the catalogue. */
function catalogueLists(): KanaalCode[][] {
  const capabilities = Object.keys(kanaalSpec('onbekend')) as (keyof KanaalSpec)[];
  return [KANAAL_CODES, ...capabilities.map((capability) => kanalenMet((spec) => Boolean(spec[capability])))];
}

/**
 * The lists of two or more channel codes in a JSON schema: `enum`s, and `anyOf`s of single
 * literals (how a TypeBox union of literals is published), which only a hand-written list makes.
 */
function channelListsIn(schema: unknown): { enums: string[][]; unions: string[][] } {
  const enums: string[][] = [];
  const unions: string[][] = [];
  const allChannels = (values: unknown[]): values is string[] =>
    values.length >= 2 && values.every((v) => typeof v === 'string' && isKanaal(v));
  const literal = (member: unknown): unknown => {
    const { const: value, enum: values } = (member ?? {}) as { const?: unknown; enum?: unknown };
    return Array.isArray(values) && values.length === 1 ? values[0] : value;
  };
  JSON.stringify(schema, (_key, value: unknown) => {
    const { enum: values, anyOf } = (value ?? {}) as { enum?: unknown; anyOf?: unknown };
    if (Array.isArray(values) && allChannels(values)) enums.push(values);
    if (Array.isArray(anyOf)) {
      const literals = anyOf.map(literal);
      if (allChannels(literals)) unions.push(literals);
    }
    return value;
  });
  return { enums, unions };
}
