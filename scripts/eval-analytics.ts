/**
 * Contact analytics on the Lindendaal dev data, through the production paths:
 *   npm run eval:analytics [-- --data=lindendaal]
 * (1) topic accuracy on vragen-dev.jsonl (in-scope questions: category and article) with the
 *     classifier built from the kennisbank imported into an in-memory PGlite;
 * (2) wijken, straten and contacten-dev.jsonl imported with the real importers, hotspots read
 *     back from the stored topics, compared with hotspots-dev.json.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importStraten, importWijken } from '../src/analytics/gebieden/gebieden.service.ts';
import { fileLines, importKlantcontacten } from '../src/analytics/import/import-klantcontacten.ts';
import { storedHotspots } from '../src/analytics/signals/stored-hotspots.ts';
import { topicClassifier } from '../src/analytics/topics/classifier.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { importKennisbank, parseKennisbank } from '../src/knowledge/kennisbank-io.ts';
import { systemContext } from '../src/platform/system-context.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dataArg = process.argv.find((a) => a.startsWith('--data='))?.slice(7);
const dataDir = resolve(root, dataArg ?? 'lindendaal');
const readJson = async (file: string): Promise<unknown> => JSON.parse(await readFile(join(dataDir, file), 'utf8'));
const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;

interface Question {
  text: string;
  kind: string;
  category: string | null;
  articleId: string | null;
}
interface Listed {
  wijk: string;
  articleId: string;
  category: string;
  weekStarts: string[];
}

const database = await openDatabase({});
try {
  const db = database.db;
  await migrate(db);
  await importKennisbank(db, systemContext('eval'), parseKennisbank(await readJson('kennisbank.json')));
  const { matcher, articles } = await topicClassifier(db);

  const questions = (await readFile(join(dataDir, 'vragen-dev.jsonl'), 'utf8'))
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Question);
  const inScope = questions.filter((q) => q.kind === 'in_scope' && q.category);
  let category = 0;
  let article = 0;
  let named = 0;
  for (const q of inScope) {
    const guess = matcher.classify(q.text);
    if (guess.category === q.category) category++;
    if (guess.articleId) named++;
    if (guess.articleId === q.articleId) article++;
  }
  console.log(`(1) Topics, ${inScope.length} in-scope questions, classifier over ${articles} published artikelen`);
  console.log(`    category accuracy ${pct(category, inScope.length)} (${category}/${inScope.length}), target ≥ 92%`);
  console.log(
    `    article accuracy  ${pct(article, inScope.length)} (${article}/${inScope.length}); precision when it names one ${pct(article, named)} (${article}/${named})`,
  );

  await importWijken(db, await readJson('wijken.geojson'));
  await importStraten(db, await readJson('straten.json'));
  const imported = await importKlantcontacten(db, fileLines(join(dataDir, 'contacten-dev.jsonl')));
  console.log(
    `\n(2) Imported ${imported.imported} contacts in ${(imported.ms / 1000).toFixed(1)} s (${Math.round(imported.imported / (imported.ms / 1000))} lines/s), ${pct(imported.placed, imported.imported)} placed in a wijk`,
  );

  const listed = (await readJson('hotspots-dev.json')) as { from: string; to: string; hotspots: Listed[] };
  const started = performance.now();
  const hotspots = await storedHotspots(db, listed.from, listed.to);
  console.log(
    `    GET /api/analytics/hotspots?from=${listed.from}&to=${listed.to}: ${hotspots.length} hotspots in ${(performance.now() - started).toFixed(0)} ms`,
  );
  let missed = 0;
  for (const l of listed.hotspots) {
    for (const week of l.weekStarts) {
      const hit = hotspots.find(
        (h) =>
          h.wijk === l.wijk && h.weekStart === week && (h.articleId === l.articleId || (h.articleId === null && h.category === l.category)),
      );
      if (!hit) missed++;
      console.log(
        `    ${hit ? 'found ' : 'MISSED'} ${l.wijk} ${l.articleId} ${week}${hit ? `: ${hit.observed} vs ${hit.expected} expected, score ${hit.score}${hit.articleId ? '' : ' (category level)'}` : ''}`,
      );
    }
  }
  const isListed = (h: (typeof hotspots)[number]) =>
    listed.hotspots.some(
      (l) =>
        l.wijk === h.wijk &&
        l.weekStarts.includes(h.weekStart) &&
        (h.articleId === l.articleId || (h.articleId === null && h.category === l.category)),
    );
  const others = hotspots.filter((h) => !isListed(h));
  const weeks = (Date.parse(listed.to) - Date.parse(listed.from)) / (7 * 86_400_000);
  for (const h of others)
    console.log(`    other: ${h.wijk} ${h.articleId ?? h.category} ${h.weekStart}: ${h.observed} vs ${h.expected}, score ${h.score}`);
  console.log(
    `    listed hotspot-weeks missed: ${missed}; other flagged: ${others.length} in ${weeks.toFixed(0)} weeks = ${(others.length / (weeks / 13)).toFixed(2)} per quarter (target ≤ 1)`,
  );
} finally {
  await database.close();
}
