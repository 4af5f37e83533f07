import { sql } from 'kysely';
import { createKlantcontact } from '../src/contacts/contacts.service.ts';
import { createPartij } from '../src/parties/parties.service.ts';
import { systemContext } from '../src/platform/system-context.ts';
import { benchDatabases, formatRate } from './bench-databases.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 1000);

/**
 * Registering klantcontacten through the service layer (validation, betrokkene, actor,
 * processing log, read-back) against a raw INSERT of the same klantcontact rows, same driver,
 * same run. The ratio is what Loket's guarantees cost per contact.
 */
export async function run(): Promise<void> {
  console.log(`\nklantcontact registreren: ${ROWS} rijen, service vs. kale INSERT`);
  for (const target of await benchDatabases()) {
    const database = await target.open();
    try {
      const actor = await database.db
        .insertInto('actor')
        .values({ naam: 'Bench', soort_actor: 'medewerker' })
        .returning('id')
        .executeTakeFirstOrThrow();
      const ctx = systemContext('benchmark', actor.id);
      const partij = await createPartij(database.db, ctx, { soortPartij: 'persoon', voornaam: 'Bench', achternaam: 'Mark' });
      const body = (i: number) => ({
        kanaal: 'telefoon' as const,
        onderwerp: `Vraag ${i}`,
        inhoud: 'Wanneer wordt het grofvuil opgehaald in de Lindelaan?',
        betrokkenen: [{ partijId: partij.id, rol: 'klant' as const, initiator: true }],
      });

      const rawStart = performance.now();
      for (let i = 0; i < ROWS; i++) {
        const b = body(i);
        await sql`insert into klantcontact (kanaal, onderwerp, inhoud) values (${b.kanaal}, ${b.onderwerp}, ${b.inhoud})`.execute(
          database.db,
        );
      }
      const rawMs = performance.now() - rawStart;

      const serviceStart = performance.now();
      for (let i = 0; i < ROWS; i++) await createKlantcontact(database.db, ctx, body(i));
      const serviceMs = performance.now() - serviceStart;

      console.log(
        `  ${target.name.padEnd(10)} kale INSERT ${formatRate(ROWS, rawMs).padStart(9)}   service ${formatRate(ROWS, serviceMs).padStart(9)}   ratio service/kaal ${(serviceMs / rawMs).toFixed(1)}× trager`,
      );
    } finally {
      await database.close();
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
