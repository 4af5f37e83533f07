import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTeam } from '../auth/teams.ts';
import type { LoketDatabase } from '../db/database.ts';
import { createTestDatabase } from '../test/test-database.ts';
import { periode } from './periode.ts';
import { bewaarXlaAchterstand, eersteOpenDag } from './xla-dagen.ts';
import { xlaCijfers } from './xla.ts';
import { xlaSommenUitGesprekken, type XlaIndeling } from './xla.queries.ts';
import { getXla } from './xla.service.ts';

/** After March: 1–26 March are settled (their 168 hours are over), 27–31 March are judged live. */
const NU = new Date('2026-04-03T12:00:00Z');
const VAN = '2026-03-01';
const TOT = '2026-03-31';
const INDELINGEN: XlaIndeling[] = ['kanaal', 'onderwerp', 'team', 'week'];

/**
 * The stored day figures against a from-scratch judgement of the same gesprekken: 620 gesprekken
 * in March 2026 by 40 partijen on 4 topics (so repeats and follow-ups within 7 days are common),
 * 120 verzoeken spanning several days and channels, a survey answer in three, two teams.
 */
describe('XLA day figures', () => {
  let database: LoketDatabase;
  const db = () => database.db;
  const vanafNul = async (per: XlaIndeling) => {
    const { begin, eind } = periode(VAN, TOT);
    return xlaCijfers(await xlaSommenUitGesprekken(db(), begin, eind, NU, per));
  };
  const bewaard = async () => Number((await sql<{ n: string }>`select count(*) as n from xla_dag_geteld`.execute(db())).rows[0]!.n);

  beforeAll(async () => {
    database = await createTestDatabase();
    const a = (await ensureTeam(db(), 'XLA A')).id;
    const b = (await ensureTeam(db(), 'XLA B')).id;
    const id = (soort: string, n: string) => sql.raw(`md5('${soort}' || (${n}))::uuid`);
    const op = sql.raw(`(timestamptz '2026-03-01 07:00:00+00' + (i * 71 % 31) * interval '1 day' + (i * 37 % 600) * interval '1 minute')`);
    await sql`insert into partij (id, soort_partij) select ${id('p', 'j')}, 'persoon' from generate_series(0, 39) j`.execute(db());
    await sql`insert into verzoek (id, onderwerp) select ${id('v', 'j')}, 'Vraag' from generate_series(0, 119) j`.execute(db());
    await sql`
      insert into klantcontact (id, kanaal, onderwerp, plaatsgevonden_op, verzoek_id)
      select ${id('k', 'i')}, (array['telefoon','email','webchat','whatsapp'])[1 + (i / 2) % 4], 'Vraag', ${op},
        case when i % 3 <> 0 then ${id('v', 'i % 120')} end
      from generate_series(1, 700) i`.execute(db());
    // Contacts 1–620 are gesprekken; 621–700 are contacts without one (a call, a visit) that still count as follow-ups.
    await sql`
      insert into gesprek (id, kanaal, partij_id, klantcontact_id, status, gestart_op, gewijzigd_op, afgesloten_op, team_id)
      select ${id('g', 'i')}, (array['telefoon','email','webchat','whatsapp'])[1 + (i / 2) % 4], case when i % 7 <> 0 then ${id('p', 'i % 40')} end,
        ${id('k', 'i')}, 'afgehandeld', ${op}, ${op} + interval '20 minutes', ${op} + (i % 5) * interval '10 minutes',
        case i % 3 when 0 then ${a}::uuid when 1 then ${b}::uuid end
      from generate_series(1, 620) i`.execute(db());
    await sql`
      insert into klantcontact_onderwerp (klantcontact_id, categorie, zekerheid, bron, kanaal, partij_id, plaatsgevonden_op, week_start)
      select ${id('k', 'i')}, (array['afval','paspoort','parkeren','wonen'])[1 + (i / 3) % 4], 0.9, 'classifier', 'telefoon',
        case when i % 7 <> 0 then ${id('p', 'i % 40')} end, ${op}, date_trunc('week', ${op} at time zone 'Europe/Amsterdam')::date
      from generate_series(1, 700) i where i % 11 <> 0`.execute(db());
    await sql`
      insert into enquete (gesprek_id, kanaal, token_hash, verstuurd_op, verloopt_op, beantwoord_op, tevredenheid, vraag_beantwoord)
      select ${id('g', 'i')}, 'webchat', md5('e' || i), ${op}, ${op} + interval '8 days', ${op} + interval '1 hour', 1 + (i * 7) % 5, true
      from generate_series(1, 620) i where i % 3 = 0`.execute(db());
  }, 180_000);
  afterAll(() => database.close());

  it('gives the same figures from the stored days as judged from scratch, for every grouping', async () => {
    expect(eersteOpenDag(NU)).toBe('2026-03-27');
    for (const per of INDELINGEN) expect(await getXla(db(), VAN, TOT, per, NU)).toEqual(await vanafNul(per));
    // 1–26 March are stored; the fixture is not trivial: it has repeats, follow-ups and shared verzoeken.
    expect(await bewaard()).toBe(26);
    const kanalen = await vanafNul('kanaal');
    expect(kanalen.reduce((n, k) => n + k.herhaalcontacten, 0)).toBeGreaterThan(50);
    expect(kanalen.every((k) => k.fcr !== null && k.fcr > 0 && k.fcr < 1)).toBe(true);
    expect(kanalen.every((k) => k.inspanning.contactenPerVerzoek! > 1)).toBe(true);
  });

  it('a later contact by the same partij on the same topic makes an earlier stored contact not resolved at first contact', async () => {
    // A gesprek of 10 March that was resolved: a partij and a topic, no follow-up within 168 hours.
    const opgelost = await sql<{ partij_id: string; categorie: string; afgesloten_op: Date }>`
      select g.partij_id, ko.categorie, g.afgesloten_op from gesprek g join klantcontact_onderwerp ko on ko.klantcontact_id = g.klantcontact_id
      where g.afgesloten_op >= '2026-03-10T00:00:00Z' and g.afgesloten_op < '2026-03-11T00:00:00Z' and g.partij_id is not null
        and not exists (select 1 from klantcontact_onderwerp k2 where k2.partij_id = g.partij_id and k2.categorie = ko.categorie
          and k2.klantcontact_id <> g.klantcontact_id and k2.plaatsgevonden_op > g.afgesloten_op
          and k2.plaatsgevonden_op <= g.afgesloten_op + interval '168 hours')
      limit 1`.execute(db());
    const eerder = opgelost.rows[0]!;
    const voor = (await getXla(db(), '2026-03-10', '2026-03-10', 'onderwerp', NU)).find((r) => r.groep === eerder.categorie)!;
    expect(await bewaard()).toBe(26);

    // Three days later the same partij e-mails about the same topic (a contact without a gesprek, stored late).
    const later = new Date(new Date(eerder.afgesloten_op).getTime() + 3 * 86_400_000);
    const { id } = await db()
      .insertInto('klantcontact')
      .values({ kanaal: 'email', onderwerp: 'Nog een vraag', plaatsgevonden_op: later })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db()
      .insertInto('klantcontact_onderwerp')
      .values({
        klantcontact_id: id,
        categorie: eerder.categorie,
        zekerheid: 0.9,
        bron: 'classifier',
        kanaal: 'email',
        partij_id: eerder.partij_id,
        plaatsgevonden_op: later,
        week_start: '2026-03-09',
      })
      .execute();
    // Every day from 168 hours before the new contact on is forgotten; earlier ones stay.
    expect(await bewaard()).toBeLessThan(26);
    expect(await bewaard()).toBeGreaterThanOrEqual(5);

    const na = (await getXla(db(), '2026-03-10', '2026-03-10', 'onderwerp', NU)).find((r) => r.groep === eerder.categorie)!;
    expect(na.fcrBasis).toBe(voor.fcrBasis);
    expect(na.fcr! * na.fcrBasis).toBeCloseTo(voor.fcr! * voor.fcrBasis - 1, 5);
    for (const per of INDELINGEN) expect(await getXla(db(), VAN, TOT, per, NU)).toEqual(await vanafNul(per));
  });

  it('counts a late survey answer and a contact joining a verzoek on a stored day', async () => {
    const g = await sql<{ id: string; klantcontact_id: string; afgesloten_op: Date }>`
      select g.id, g.klantcontact_id, g.afgesloten_op from gesprek g left join enquete e on e.gesprek_id = g.id
      where e.id is null and g.afgesloten_op < '2026-03-05T00:00:00Z' order by g.afgesloten_op limit 1`.execute(db());
    const gesprek = g.rows[0]!;
    await getXla(db(), VAN, TOT, 'kanaal', NU);
    expect(await bewaard()).toBe(26);
    await db()
      .insertInto('enquete')
      .values({
        gesprek_id: gesprek.id,
        kanaal: 'webchat',
        token_hash: 'laat',
        verstuurd_op: gesprek.afgesloten_op,
        verloopt_op: '2026-05-01T00:00:00Z',
        beantwoord_op: '2026-04-02T00:00:00Z',
        tevredenheid: 5,
        vraag_beantwoord: true,
      })
      .execute();
    expect(await bewaard()).toBe(25);
    // A contact of April joins a verzoek that March's gesprekken belong to: its effort changes on those days.
    const verzoek = await sql<{ verzoek_id: string }>`select verzoek_id from xla_dag_verzoek limit 1`.execute(db());
    await db()
      .insertInto('klantcontact')
      .values({
        kanaal: 'balie',
        onderwerp: 'Langs geweest',
        plaatsgevonden_op: '2026-04-02T09:00:00Z',
        verzoek_id: verzoek.rows[0]!.verzoek_id,
      })
      .execute();
    expect(await bewaard()).toBeLessThan(25);
    for (const per of INDELINGEN) expect(await getXla(db(), VAN, TOT, per, NU)).toEqual(await vanafNul(per));
  });

  it('the job stores the missing settled days, the newest first', async () => {
    await sql`delete from xla_dag_geteld`.execute(db());
    expect(await bewaarXlaAchterstand(db(), NU, 10)).toBe(10);
    const dagen = await sql<{ dag: string }>`select dag::text as dag from xla_dag_geteld order by dag`.execute(db());
    expect(dagen.rows.map((r) => r.dag)).toEqual(Array.from({ length: 10 }, (_, i) => `2026-03-${String(17 + i).padStart(2, '0')}`));
    expect(await bewaarXlaAchterstand(db(), NU)).toBe(16);
    expect(await bewaarXlaAchterstand(db(), NU)).toBe(0);
    for (const per of INDELINGEN) expect(await getXla(db(), VAN, TOT, per, NU)).toEqual(await vanafNul(per));
  });
});
