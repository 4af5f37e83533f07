import { describe, expect, it } from 'vitest';
import type { Version } from './kennisbank-api.ts';
import { kennisbankEn, kennisbankNl } from './kennisbank-i18n.ts';
import { allowedTransitions, contentFromDraft, draftFromVersion, emptyDraft, filterItems, listItem, recentIds, rememberId, slugify, validate } from './kennisbank-logic.ts';

const version = (over: Partial<Version> = {}): Version => ({
  articleId: 'paspoort', version: 1, status: 'concept', type: 'artikel', title: 'Paspoort aanvragen', summary: 'Kort', body: 'Lang',
  category: 'Burgerzaken', upl: null, audience: ['inwoner'], department: 'Publiekszaken', keywords: ['reisdocument'], reviewDate: null,
  updated: '2026-01-01', author: 'redacteur', createdAt: '2026-01-01T10:00:00Z', statusChangedAt: '2026-01-01T10:00:00Z', ...over,
});

describe('kennisbank editor logic', () => {
  it('offers the transitions the server allows for each status', () => {
    expect(allowedTransitions('concept')).toEqual(['indienen']);
    expect(allowedTransitions('ter_review')).toEqual(['terugsturen', 'publiceren']);
    expect(allowedTransitions('gepubliceerd')).toEqual(['archiveren']);
    expect(allowedTransitions('gearchiveerd')).toEqual([]);
    expect(allowedTransitions(undefined)).toEqual([]);
  });

  it('proposes an id the server accepts', () => {
    expect(slugify('Paspoort aanvragen?')).toBe('paspoort-aanvragen');
    expect(slugify('  Één café — WOZ  ')).toBe('een-cafe-woz');
    expect(slugify('!!!')).toBe('');
  });

  it('names every missing or too long field at once', () => {
    const problems = validate({ ...emptyDraft(), audience: [], summary: 'x'.repeat(301) }, true);
    expect(problems.map((p) => `${p.field}:${p.kind}`)).toEqual([
      'title:verplicht', 'id:verplicht', 'summary:teLang', 'body:verplicht', 'category:verplicht', 'department:verplicht', 'audience:doelgroepVerplicht',
    ]);
    expect(validate({ ...emptyDraft(), title: 'x', id: 'Geen Slug' }, true)[0]).toEqual({ field: 'id', kind: 'idOngeldig' });
    expect(validate(draftFromVersion(version()), false)).toEqual([]);
  });

  it('round-trips a version through the form', () => {
    const content = contentFromDraft({ ...draftFromVersion(version({ keywords: ['a', 'b'] })), keywords: 'a, b, a, ' });
    expect(content.keywords).toEqual(['a', 'b']);
    expect(content.reviewDate).toBeNull();
    expect(content).not.toHaveProperty('id');
  });

  it('filters the list by status and words', () => {
    const items = [
      listItem({ id: 'paspoort', publishedVersion: 1, versions: [version({ status: 'gepubliceerd' }), version({ version: 2, status: 'concept', createdAt: '2026-02-01T00:00:00Z' })] })!,
      listItem({ id: 'afval', publishedVersion: null, versions: [version({ articleId: 'afval', title: 'Grofvuil', category: 'Afval', keywords: [] })] })!,
    ];
    expect(items[0]!.latest.version).toBe(2);
    expect(filterItems(items, 'concept', '').map((i) => i.id)).toEqual(['paspoort', 'afval']);
    expect(filterItems(items, 'gepubliceerd', '')).toEqual([]);
    expect(filterItems(items, '', 'reisdocument').map((i) => i.id)).toEqual(['paspoort']);
    expect(filterItems(items, '', 'AFVAL grof').map((i) => i.id)).toEqual(['afval']);
  });

  it('remembers ids edited in this browser, newest first, ignoring junk', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    rememberId('a', storage);
    rememberId('b', storage);
    rememberId('a', storage);
    expect(recentIds(storage)).toEqual(['a', 'b']);
    store.set('loket.kennisbank.recent', '{not json');
    expect(recentIds(storage)).toEqual([]);
  });

  it('has English for every Dutch status, type and transition', () => {
    for (const group of ['status', 'type', 'doelgroep'] as const) expect(Object.keys(kennisbankEn[group])).toEqual(Object.keys(kennisbankNl[group]));
    expect(Object.keys(kennisbankEn.editor.transitie)).toEqual(Object.keys(kennisbankNl.editor.transitie));
    expect(kennisbankNl.editor.tekensOver(-1)).toBe('1 teken te veel');
  });
});
