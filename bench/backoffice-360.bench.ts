import { buildApp } from '../src/app.ts';
import { createMedewerker } from '../src/auth/medewerkers.service.ts';
import { loadConfig } from '../src/config.ts';
import { createTestDatabase } from '../src/test/test-database.ts';
import { demoZaken } from '../src/backoffice/peers/demo-backoffice.ts';
import { ZgwPeer } from '../src/backoffice/peers/zgw-peer.ts';
import { signZgwJwt } from '../src/platform/http-client/zgw-jwt.ts';
import { percentile } from './bench-databases.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const BSN = '999993653';

/**
 * The 360° zaken list with three zaaksystemen that each take 100 ms per request: a cache miss
 * (list + current status, catalogue warm), a cache hit, and one source timing out. The baseline
 * is one direct, sequential fetch of one source's list (one request) in the same run.
 */
export async function run(): Promise<void> {
  console.log(`\nzakenoverzicht 360°: 3 zaaksystemen, elk 100 ms per verzoek, ${RUNS} metingen (PGlite)`);
  const peers = [0, 1, 2].map(
    (i) => new ZgwPeer({ clientId: `bench${i}`, secret: `bench-geheim-${i}-0123456789abcdef`, zaken: demoZaken(new Date()) }),
  );
  await Promise.all(peers.map((p) => p.start()));
  peers.forEach((p) => (p.delayMs = 100));
  const database = await createTestDatabase('');
  const key = Buffer.alloc(32, 3).toString('base64');
  const app = await buildApp({
    database,
    config: loadConfig({ LOKET_DEMO: 'false', LOKET_SECRET_KEY: key, LOG_LEVEL: 'silent' }),
    logger: false,
    backgroundJobs: false,
  });
  await app.ready();
  try {
    const { id } = await createMedewerker(database.db, {
      gebruikersnaam: 'bench',
      naam: 'Bench',
      wachtwoord: 'een-lang-benchwachtwoord',
      rollen: ['backoffice', 'beheerder'],
      teams: ['KCC'],
    });
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { gebruikersnaam: 'bench', wachtwoord: 'een-lang-benchwachtwoord' },
    });
    const cookie = `loket_sessie=${login.cookies.find((c) => c.name === 'loket_sessie')!.value}`;
    const headers = { cookie, 'x-csrf-token': login.json().csrfToken as string };
    void id;
    for (const [i, p] of peers.entries()) {
      await app.inject({
        method: 'POST',
        url: '/api/beheer/bronnen',
        headers,
        payload: {
          soort: 'zaken',
          naam: `Zaaksysteem ${i + 1}`,
          instellingen: { zakenApiUrl: p.zakenApiUrl, catalogiApiUrl: p.catalogiApiUrl, clientId: `bench${i}`, timeoutMs: 1000 },
          geheimen: { secret: `bench-geheim-${i}-0123456789abcdef` },
        },
      });
    }
    const partij = await app.inject({
      method: 'POST',
      url: '/api/partijen',
      headers,
      payload: {
        soortPartij: 'persoon',
        achternaam: 'Wit',
        identificatoren: [{ codeObjecttype: 'natuurlijk_persoon', codeSoortObjectId: 'bsn', objectId: BSN, codeRegister: 'brp' }],
      },
    });
    const url = `/api/partijen/${partij.json().id}/zaken`;
    const time = async (before?: () => void) => {
      const ms: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        before?.();
        const start = performance.now();
        const response = await app.inject({ method: 'GET', url, headers });
        ms.push(performance.now() - start);
        if (response.statusCode !== 200) throw new Error(response.body);
      }
      return ms.sort((a, b) => a - b);
    };
    await app.inject({ method: 'GET', url, headers }); // warms the catalogue cache (kept an hour) and the spec checks
    const baseline: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      await fetch(`${peers[0]!.zakenApiUrl}/zaken?rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=${BSN}&page=1`, {
        headers: {
          authorization: `Bearer ${signZgwJwt('bench0', 'bench-geheim-0-0123456789abcdef', { id: 'b', naam: 'b' })}`,
          'accept-crs': 'EPSG:4326',
          'content-crs': 'EPSG:4326',
        },
      }).then((r) => r.json());
      baseline.push(performance.now() - start);
    }
    baseline.sort((a, b) => a - b);
    const miss = await time(() => app.backoffice.invalidate(BSN));
    const hit = await time();
    peers[2]!.storing = { soort: 'traag', ms: 5000 };
    const timeout = await time(() => app.backoffice.invalidate(BSN));
    peers[2]!.storing = undefined;
    const p95 = (list: number[]) => percentile(list, 95);
    const base = p95(baseline);
    const line = (name: string, list: number[], target: string) =>
      console.log(
        `  ${name.padEnd(34)} p50 ${percentile(list, 50).toFixed(0).padStart(5)} ms   p95 ${p95(list).toFixed(0).padStart(5)} ms   ${(p95(list) / base).toFixed(2)}× basislijn   (doel ${target})`,
      );
    console.log(
      `  ${'basislijn: één bron, één lijst-GET'.padEnd(34)} p50 ${percentile(baseline, 50).toFixed(0).padStart(5)} ms   p95 ${base.toFixed(0).padStart(5)} ms`,
    );
    line('cache-miss (3 bronnen parallel)', miss, '< 300 ms');
    line('cache-hit', hit, '< 50 ms');
    line('één bron time-out (1000 ms)', timeout, '< 1050 ms');
  } finally {
    await app.close();
    await database.close();
    await Promise.all(peers.map((p) => p.stop()));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
