import { describe, expect, it } from 'vitest';
import type { Version } from './kennisbank-api.ts';
import { kennisbankEn, kennisbankNl } from './kennisbank-i18n.ts';
import { allowedTransitions, contentFromDraft, draftFromVersion, emptyDraft, listQuery, slugify, validate } from './kennisbank-logic.ts';

const version = (over: Partial<Version> = {}): Version => ({
  articleId: 'paspoort',
  version: 1,
  status: 'concept',
  type: 'artikel',
  title: 'Paspoort aanvragen',
  summary: 'Kort',
  body: 'Lang',
  category: 'Burgerzaken',
  upl: null,
  audience: ['inwoner'],
  department: 'Publiekszaken',
  keywords: ['reisdocument'],
  reviewDate: null,
  updated: '2026-01-01',
  author: 'redacteur',
  createdAt: '2026-01-01T10:00:00Z',
  statusChangedAt: '2026-01-01T10:00:00Z',
  ...over,
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
      'title:verplicht',
      'id:verplicht',
      'summary:teLang',
      'body:verplicht',
      'category:verplicht',
      'department:verplicht',
      'audience:doelgroepVerplicht',
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

  it('asks the server for one page of the list with only the filters that are set', () => {
    expect(listQuery({ status: '', q: '  ', reviewDue: false, offset: 0 })).toBe('limit=50&offset=0');
    expect(listQuery({ status: 'concept', q: ' grof vuil&co ', reviewDue: true, offset: 50 })).toBe(
      'limit=50&offset=50&status=concept&q=grof+vuil%26co&reviewDue=true',
    );
  });

  it('has English for every Dutch status, type and transition', () => {
    for (const group of ['status', 'type', 'doelgroep'] as const)
      expect(Object.keys(kennisbankEn[group])).toEqual(Object.keys(kennisbankNl[group]));
    expect(Object.keys(kennisbankEn.editor.transitie)).toEqual(Object.keys(kennisbankNl.editor.transitie));
    expect(kennisbankNl.editor.tekensOver(-1)).toBe('1 teken te veel');
  });
});
