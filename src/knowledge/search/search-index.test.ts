import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoketDatabase } from '../../db/database.ts';
import { createTestDatabase } from '../../test/test-database.ts';
import { similarity, trigramIndex } from './trigram.ts';

describe('search index', () => {
  let database: LoketDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  const document = (id: string, titel: string, inhoud: string) => sql`
    insert into kennis_zoekdocument (artikel_id, versie, type, titel, samenvatting, afdeling, zoekvector)
    values (${id}, 1, 'artikel', ${titel}, '', 'Team', setweight(to_tsvector('dutch', ${titel}), 'A') || setweight(to_tsvector('dutch', ${inhoud}), 'C'))`;
  const counts = async () => {
    const { rows } = await sql<{
      lexeem: string;
      aantal: number;
    }>`select lexeem, aantal from kennis_lexeem where aantal > 0 order by lexeem`.execute(database.db);
    return Object.fromEntries(rows.map((r) => [r.lexeem, r.aantal]));
  };

  it('computes the trigram similarity pg_trgm computes', async () => {
    const pairs = [
      ['paspoprt', 'paspoort'],
      ['afvalkalnder', 'afvalkalender'],
      ['grofvuil', 'grof'],
      ['kliko', 'kilo'],
      ['a', 'ab'],
      ['parkeren', 'parkeervergunning'],
    ] as const;
    for (const [a, b] of pairs) {
      const { rows } = await sql<{ s: number }>`select similarity(${a}, ${b}) as s`.execute(database.db);
      expect(similarity(a, b)).toBeCloseTo(Number(rows[0]?.s), 5);
    }
    const index = trigramIndex(
      new Map([
        ['paspoort', 3],
        ['paspoorten', 1],
        ['rijbewijs', 2],
      ]),
    );
    expect(index.nearest('paspoprt', 0.45, 2)).toEqual(['paspoort']);
    expect(index.nearest('zwembad', 0.45, 2)).toEqual([]);
  });

  it('counts in how many documents each lexeme occurs, through publication and withdrawal', async () => {
    await database.db
      .insertInto('kennisartikel')
      .values([
        { id: 'a', gepubliceerde_versie: 1 },
        { id: 'b', gepubliceerde_versie: 1 },
      ])
      .execute();
    await document('a', 'Paspoort aanvragen', 'Een paspoort vraagt u aan op afspraak.').execute(database.db);
    await document('b', 'Rijbewijs verlengen', 'Neem uw oude rijbewijs en een pasfoto mee.').execute(database.db);
    expect(await counts()).toMatchObject({ paspoort: 1, rijbewijs: 1, afsprak: 1, verleng: 1 });

    await sql`update kennis_zoekdocument set zoekvector = to_tsvector('dutch', 'Paspoort en rijbewijs') where artikel_id = 'a'`.execute(
      database.db,
    );
    const updated = await counts();
    expect(updated).toMatchObject({ paspoort: 1, rijbewijs: 2 });
    expect(updated.afsprak).toBeUndefined();

    await database.db.deleteFrom('kennis_zoekdocument').where('artikel_id', '=', 'b').execute();
    expect(await counts()).toEqual({ paspoort: 1, rijbewijs: 1 });
  });

  it('keeps the head of each document (title, keywords, summary) apart from its body', async () => {
    const { rows } = await sql<{ kop: string }>`select kopvector::text as kop from kennis_zoekdocument where artikel_id = 'a'`.execute(
      database.db,
    );
    expect(rows[0]?.kop).toBe('');
    await database.db.insertInto('kennisartikel').values({ id: 'c', gepubliceerde_versie: 1 }).execute();
    await document('c', 'Grof vuil', 'Wij halen banken en kasten op.').execute(database.db);
    const c = await sql<{ kop: string }>`select kopvector::text as kop from kennis_zoekdocument where artikel_id = 'c'`.execute(
      database.db,
    );
    expect(c.rows[0]?.kop).toBe(`'grof':1A 'vuil':2A`);
  });
});
