/**
 * Evaluates wijk placement and hotspot detection on the Lindendaal contact history.
 *   npx tsx scripts/eval-hotspots.ts [--topics=oracle|classifier] [--data=lindendaal] [--seeds=2001-2020] [--misses]
 * --seeds picks the further histories (default: the reported 1001-1010; tune on others);
 * --misses explains every injected hotspot that was not found.
 * Topics come from the classifier (src/knowledge/matching/index.ts) when it exists, else from
 * an oracle that looks each text up in the labelled questions it was drawn from.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPlacer, loadStraten, loadWijken, type PlaceMethod } from '../src/analytics/plaatsbepaling/index.ts';
import { countWeekly, detectHotspotsWithStats, isoWeekStart, type Hotspot } from '../src/analytics/hotspots/index.ts';
import { evaluateHistories, HISTORY_SEEDS, NOISE_LEVELS, parseSeedRange, printHistories } from './eval-hotspot-histories.ts';
import { historyModel } from './hotspot-histories.ts';

interface Contact {
  kanaal: string;
  plaatsgevondenOp: string;
  inhoud: string;
  postcode?: string;
  straat?: string;
  lat?: number;
  lon?: number;
}
interface Topic {
  category: string;
  articleId: string | null;
}
type Classify = (text: string) => Topic | null | Promise<Topic | null>;
interface ListedHotspot {
  wijk: string;
  articleId: string;
  category: string;
  weekStarts: string[];
}
interface HotspotsFile {
  hotspots: ListedHotspot[];
  seasonal: { articleId: string; weekStarts: string[] }[];
}

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const dataDir = resolve(root, arg('data') ?? 'lindendaal');
// The classifier's public entry point; until it exists, --topics=classifier falls back to
// matcher.ts, but the default stays the oracle.
const matcherIndex = join(root, 'src/knowledge/matching/index.ts');
const matcherPath = [matcherIndex, join(root, 'src/knowledge/matching/matcher.ts')].find((p) => existsSync(p));

const readJson = async (file: string): Promise<unknown> => JSON.parse(await readFile(join(dataDir, file), 'utf8'));
const readJsonl = async (file: string): Promise<unknown[]> =>
  (await readFile(join(dataDir, file), 'utf8'))
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as unknown);

function asContact(value: unknown, line: number): Contact {
  const c = value as Partial<Contact>;
  if (typeof c.inhoud !== 'string' || typeof c.plaatsgevondenOp !== 'string')
    throw new Error(`contacten line ${line + 1}: needs inhoud and plaatsgevondenOp`);
  return c as Contact;
}

/** Texts in the contact file are labelled questions, sometimes behind a greeting or an address line. */
async function oracleClassifier(): Promise<Classify> {
  const labelled = (await readJsonl('vragen-dev.jsonl')) as { text: string; articleId: string | null; category: string | null }[];
  const byText = new Map(labelled.map((q) => [q.text, q]));
  const longestFirst = [...labelled].sort((a, b) => b.text.length - a.text.length);
  return (text) => {
    const q = byText.get(text) ?? longestFirst.find((l) => text.endsWith(l.text));
    return q?.category ? { category: q.category, articleId: q.articleId } : null;
  };
}

async function matcherClassifier(path: string): Promise<Classify> {
  // Not trained on vragen-dev.jsonl: the contacts are drawn from it, so that would be the oracle again.
  const mod = (await import(path)) as { createMatcher?: (articles: unknown) => { classify: Classify } };
  if (typeof mod.createMatcher !== 'function') throw new Error(`${path} does not export createMatcher`);
  const matcher = mod.createMatcher(await readJson('kennisbank.json'));
  return (text) => matcher.classify(text);
}

const pct = (n: number, of: number): string => `${((100 * n) / of).toFixed(1)}%`;
const describe = (h: Hotspot): string => `${h.observed} vs ${h.expected.toFixed(1)} expected, score ${h.score.toFixed(1)}`;

type Placer = ReturnType<typeof createPlacer>;

/** Places every contact, prints coverage per method, and times a 100k replay against the budget. */
function placeAll(placer: Placer, contacts: readonly Contact[]): (string | null)[] {
  const toInput = (c: Contact) => ({ lat: c.lat, lon: c.lon, straat: c.straat, postcode: c.postcode, text: c.inhoud });
  let started = performance.now();
  const placements = contacts.map((c) => placer.place(toInput(c)));
  const placeMs = performance.now() - started;
  started = performance.now();
  for (let i = 0; i < 100_000; i++) placer.place(toInput(contacts[i % contacts.length]!));
  const replayMs = performance.now() - started;
  const byMethod = new Map<PlaceMethod | 'unplaced', number>();
  for (const p of placements) byMethod.set(p.method ?? 'unplaced', (byMethod.get(p.method ?? 'unplaced') ?? 0) + 1);
  console.log(`\nPlacement: ${contacts.length} contacts in ${placeMs.toFixed(0)} ms; 100,000 in ${replayMs.toFixed(0)} ms`);
  for (const [method, n] of [...byMethod].sort((a, b) => b[1] - a[1]))
    console.log(`  ${method.padEnd(14)} ${String(n).padStart(6)}  ${pct(n, contacts.length)}`);
  return placements.map((p) => p.wijk);
}

interface Level {
  name: string;
  topicOf: (t: Topic) => string | null;
  /** The listed topic at this level: the article itself, or its category. */
  listedTopic: (articleId: string) => string;
}

interface Row {
  wijk: string | null;
  topic: Topic | null;
  weekStart: string;
}

/** Runs detection at one level and prints hits, misses and every other flag; returns how many others. */
function evaluateLevel(level: Level, rows: readonly Row[], inwoners: Map<string, number>, listed: HotspotsFile): number {
  const counts = countWeekly(rows, (r) => {
    const topic = r.topic ? level.topicOf(r.topic) : null;
    return r.wijk && topic ? { topic, wijk: r.wijk, weekStart: r.weekStart } : null;
  });
  const started = performance.now();
  const run = detectHotspotsWithStats(counts, inwoners);
  const ms = performance.now() - started;
  const bar = (n: number) => Math.log10(n / run.familyAlpha).toFixed(2);
  console.log(`\n== per ${level.name} × wijk × week: ${run.hotspots.length} flagged (${ms.toFixed(0)} ms, ${run.rounds} rounds) ==`);
  console.log(
    `  Holm at α=${run.familyAlpha} per family over the tests that could reach significance: ` +
      `${run.testCount.singleWeek} single weeks (score ≥ ${bar(run.testCount.singleWeek)}), ` +
      `${run.testCount.multiWeek} runs of 2-4 weeks (score ≥ ${bar(run.testCount.multiWeek)})`,
  );
  const find = (topic: string, wijk: string, week: string) =>
    run.hotspots.find((h) => h.topic === topic && h.wijk === wijk && h.weekStart === week);
  for (const l of listed.hotspots) {
    for (const week of l.weekStarts) {
      const topic = level.listedTopic(l.articleId);
      const hit = find(topic, l.wijk, week);
      console.log(`  ${hit ? 'found ' : 'MISSED'} ${topic} ${l.wijk} ${week}${hit ? `: ${describe(hit)}` : ''}`);
    }
  }
  const isListed = (h: Hotspot) =>
    listed.hotspots.some((l) => l.wijk === h.wijk && level.listedTopic(l.articleId) === h.topic && l.weekStarts.includes(h.weekStart));
  const others = run.hotspots.filter((h) => !isListed(h));
  for (const s of listed.seasonal) {
    const topic = level.listedTopic(s.articleId);
    const onWave = others.filter((h) => h.topic === topic && s.weekStarts.includes(h.weekStart));
    console.log(`  seasonal wave ${topic} (${s.weekStarts.length} weeks): ${onWave.length} wijk-weeks flagged outside the listed hotspots`);
  }
  console.log(`  other flagged: ${others.length}`);
  for (const h of others) console.log(`    ${h.topic} ${h.wijk} ${h.weekStart}: ${describe(h)}`);
  return others.length;
}

async function main(): Promise<void> {
  const requested = arg('topics') ?? (existsSync(matcherIndex) ? 'classifier' : 'oracle');
  if (requested !== 'oracle' && requested !== 'classifier') throw new Error('--topics must be oracle or classifier');
  if (requested === 'classifier' && !matcherPath) throw new Error('no classifier in src/knowledge/matching');
  console.log(`Topics: ${requested === 'oracle' ? 'ORACLE (labels looked up in vragen-dev.jsonl)' : `CLASSIFIER (${matcherPath})`}`);
  const classify = requested === 'classifier' && matcherPath ? await matcherClassifier(matcherPath) : await oracleClassifier();

  const wijken = await loadWijken(join(dataDir, 'wijken.geojson'));
  const straten = await loadStraten(join(dataDir, 'straten.json'), wijken);
  const contacts = (await readJsonl('contacten-dev.jsonl')).map(asContact);
  const listed = (await readJson('hotspots-dev.json')) as HotspotsFile;
  const articles = (await readJson('kennisbank.json')) as { id: string; category: string }[];
  const categoryOf = new Map(articles.map((a) => [a.id, a.category]));

  const wijkOf = placeAll(createPlacer(wijken, straten), contacts);
  const started = performance.now();
  const topics = await Promise.all(contacts.map((c) => classify(c.inhoud)));
  const classifyMs = performance.now() - started;
  console.log(
    `\nTopics: ${contacts.length} contacts in ${classifyMs.toFixed(0)} ms; ` +
      `${pct(topics.filter((t) => t?.articleId).length, contacts.length)} with an article, ${pct(topics.filter(Boolean).length, contacts.length)} with a category`,
  );

  const rows = contacts.map((c, i) => ({ wijk: wijkOf[i]!, topic: topics[i] ?? null, weekStart: isoWeekStart(c.plaatsgevondenOp) }));
  const weekCount = new Set(rows.map((r) => r.weekStart)).size;
  const inwoners = new Map(wijken.map((w) => [w.code, w.inwoners]));
  const levels: Level[] = [
    { name: 'articleId', topicOf: (t) => t.articleId, listedTopic: (id) => id },
    { name: 'category', topicOf: (t) => t.category, listedTopic: (id) => categoryOf.get(id) ?? id },
  ];
  const others = levels.reduce((sum, level) => sum + evaluateLevel(level, rows, inwoners, listed), 0);
  const quarters = weekCount / 13;
  console.log(`\nOther flagged, both levels: ${others} in ${weekCount} weeks = ${(others / quarters).toFixed(2)} per quarter (target ≤ 1)`);

  // Further histories resample this one's article volumes and wijk shares (measured here, not on them).
  const articleCounts = countWeekly(rows, (r) =>
    r.wijk && r.topic?.articleId ? { topic: r.topic.articleId, wijk: r.wijk, weekStart: r.weekStart } : null,
  );
  const model = historyModel(articleCounts, [...inwoners.keys()].sort(), categoryOf);
  const seeds = arg('seeds') ? parseSeedRange(arg('seeds')!) : HISTORY_SEEDS;
  printHistories(
    NOISE_LEVELS.map((noise) => evaluateHistories(model, inwoners, noise, seeds)),
    { misses: process.argv.includes('--misses') },
  );
}

await main();
