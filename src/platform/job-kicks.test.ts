import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoketDatabase } from '../db/database.ts';
import { createTestDatabase, openSecondNode } from '../test/test-database.ts';
import { JobKicks } from './job-kicks.ts';
import { Job } from './jobs.ts';

const log = pino({ level: 'silent' });
const HOUR = 3_600_000;

async function until(test: () => boolean, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A node: its job (polling only once an hour, so only a kick runs it) and its kicks. */
async function node(database: LoketDatabase) {
  const kicks = new JobKicks(database, log);
  const counted = { runs: 0 };
  const job = new Job('werk', HOUR, async () => void counted.runs++, log);
  const kick = kicks.add(job);
  job.start();
  await kicks.start();
  return Object.assign(counted, { kicks, job, kick });
}

describe('job kicks across nodes', () => {
  let a: LoketDatabase;
  let b: LoketDatabase;
  let nodes: Awaited<ReturnType<typeof node>>[];

  beforeAll(async () => {
    a = await createTestDatabase();
    b = await openSecondNode(a);
    nodes = [await node(a), await node(b)];
  });

  afterAll(async () => {
    for (const n of nodes) {
      await n.job.stop();
      await n.kicks.stop();
    }
    await b.close();
    await a.close();
  });

  it('runs the job on the node that stored the work and on the other one, without waiting for their poll', async () => {
    nodes[0]!.kick();
    await until(() => nodes[1]!.runs >= 1);
    expect(nodes[0]!.runs).toBeGreaterThanOrEqual(1);
  });

  it('coalesces a burst of kicks into a few runs, and still runs once after the last', async () => {
    const before = nodes.map((n) => n.runs);
    for (let i = 0; i < 200; i++) nodes[1]!.kick();
    await until(() => nodes[0]!.runs > before[0]!);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const runs = nodes.map((n, i) => n.runs - before[i]!);
    expect(runs[0]).toBeGreaterThanOrEqual(1);
    expect(runs[0]).toBeLessThan(20);
    expect(runs[1]).toBeLessThan(20);
  });

  it('delivers a notify to every listener of the database, and to none after it unsubscribed', async () => {
    const heard: string[] = [];
    const stop = await b.listen('loket_test_kanaal', (payload) => heard.push(`b:${payload}`));
    const stopA = await a.listen('loket_test_kanaal', (payload) => heard.push(`a:${payload}`));
    await a.notify('loket_test_kanaal', 'een');
    await until(() => heard.length === 2);
    expect(heard.sort()).toEqual(['a:een', 'b:een']);
    await stop();
    await a.notify('loket_test_kanaal', 'twee');
    await until(() => heard.length === 3);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(heard.slice(2)).toEqual(['a:twee']);
    await stopA();
  });
});
