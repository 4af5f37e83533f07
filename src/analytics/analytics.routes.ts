import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import type { Db } from '../db/transaction.ts';
import { articleExists } from '../knowledge/matching-feed.ts';
import { errorResponses, type App } from '../platform/http.ts';
import { requireContext } from '../platform/principal.ts';
import { hasPermission } from '../platform/roles.ts';
import { InvalidPeriod, UnknownArticle } from './analytics.errors.ts';
import * as s from './analytics.schemas.ts';
import { contentGaps, mapPageToArticle } from './content-gaps/content-gaps.ts';
import { toCsv } from './dashboard/csv.ts';
import { repeatContacts, volumes, wijkRates } from './dashboard/dashboard.queries.ts';
import { hotspotsWithSeries, withExamples } from './dashboard/hotspot-series.ts';
import { wijkenGeoJson } from './gebieden/gebieden.service.ts';
import { hotspotActionRoutes } from './hotspot-actions.routes.ts';
import { kennissuggestiesRoutes } from './kennissuggesties/kennissuggesties.routes.ts';
import { storedHotspots } from './signals/stored-hotspots.ts';
import { retrainClassifier } from './topics/classifier.ts';
import { classifyText } from './topics/topics.service.ts';

const tags = ['analytics'];
const MAX_DAYS = 2 * 366;

function period(q: { from: string; to: string }): { from: string; to: string } {
  const from = Date.parse(`${q.from}T00:00:00Z`);
  const to = Date.parse(`${q.to}T00:00:00Z`);
  const real = (d: number, text: string) => Number.isFinite(d) && new Date(d).toISOString().slice(0, 10) === text;
  if (!real(from, q.from) || !real(to, q.to) || from > to || to - from > MAX_DAYS * 86_400_000) throw InvalidPeriod();
  return { from: q.from, to: q.to };
}

/** Answers JSON, or with ?format=csv the rows as a CSV download. */
async function respond<J, T>(
  reply: FastifyReply,
  format: string | undefined,
  name: string,
  json: J,
  rows: readonly T[],
  columns: Parameters<typeof toCsv<T>>[0],
): Promise<J | undefined> {
  if (format !== 'csv') return json;
  await reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}.csv"`)
    .send(toCsv(columns, rows));
  return undefined;
}

const csvDoc = { 200: { description: 'JSON, or CSV with ?format=csv' } };

/** Contact analytics: topics, hotspots, content gaps, knowledge suggestions per gesprek and the dashboard's figures. */
export function analyticsRoutes(app: App, db: Db): void {
  hotspotActionRoutes(app, db);
  kennissuggestiesRoutes(app, { db });
  app.post(
    '/api/analytics/classify',
    {
      config: { toegang: 'analytics:classificeren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Onderwerp (categorie, artikel) van een tekst',
        body: s.ClassifyBody,
        response: { 200: s.ClassifyResponse, ...errorResponses },
      },
    },
    async (request) => {
      requireContext(request, 'analytics:classificeren');
      const guess = await classifyText(db, request.body.text);
      return { category: guess.category, articleId: guess.articleId, confidence: guess.confidence };
    },
  );

  app.post(
    '/api/analytics/retrain',
    {
      config: { toegang: 'analytics:trainen', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Train de onderwerpherkenning opnieuw met de onderwerpen uit de afhandeling',
        response: { 200: s.RetrainResponse, ...errorResponses },
      },
    },
    async (request) => {
      requireContext(request, 'analytics:trainen');
      return retrainClassifier(db);
    },
  );

  app.get(
    '/api/analytics/hotspots',
    {
      config: { toegang: 'analytics:lezen', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Wijken met opvallend veel contacten over een onderwerp, per week',
        querystring: s.PeriodQuery,
        response: { ...csvDoc, 200: s.HotspotsResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      requireContext(request, 'analytics:lezen');
      const { from, to } = period(request.query);
      const hotspots = await storedHotspots(db, from, to);
      return respond(reply, request.query.format, 'hotspots', { hotspots }, hotspots, HOTSPOT_COLUMNS);
    },
  );

  app.get(
    '/api/analytics/dashboard/hotspots',
    {
      config: { toegang: 'analytics:lezen', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Hotspots met per hotspot een weekreeks (sparkline) en, voor wie klantcontacten mag lezen, gemaskeerde voorbeeldteksten',
        querystring: s.PeriodQuery,
        response: { 200: s.HotspotSeriesResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = requireContext(request, 'analytics:lezen');
      const { from, to } = period(request.query);
      const series = await hotspotsWithSeries(db, from, to);
      const hotspots =
        request.query.format !== 'csv' && hasPermission(ctx.principal.rollen, 'klantcontact:lezen')
          ? await withExamples(db, ctx, series)
          : series;
      return respond(reply, request.query.format, 'hotspots-reeks', { hotspots }, hotspots, [
        ...HOTSPOT_COLUMNS,
        ['reeks', (h) => h.series.map((p) => `${p.weekStart}:${p.count}`).join(' ')],
      ]);
    },
  );

  app.get(
    '/api/analytics/volumes',
    {
      config: { toegang: 'analytics:lezen', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Aantal contacten per week, kanaal en categorie',
        querystring: s.PeriodQuery,
        response: { 200: s.VolumesResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      requireContext(request, 'analytics:lezen');
      const { from, to } = period(request.query);
      const rows = await volumes(db, from, to);
      return respond(reply, request.query.format, 'volumes', { volumes: rows }, rows, [
        ['week', (r) => r.weekStart],
        ['kanaal', (r) => r.kanaal],
        ['categorie', (r) => r.category],
        ['aantal', (r) => r.count],
      ]);
    },
  );

  app.get(
    '/api/analytics/wijken',
    {
      config: { toegang: 'analytics:lezen', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Contacten per 1.000 inwoners per wijk, voor een categorie of artikel',
        querystring: s.RateQuery,
        response: { 200: s.RatesResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      requireContext(request, 'analytics:lezen');
      const { from, to } = period(request.query);
      const rows = await wijkRates(db, from, to, { category: request.query.category, articleId: request.query.articleId });
      return respond(reply, request.query.format, 'wijken', { wijken: rows }, rows, [
        ['wijk', (r) => r.wijk],
        ['naam', (r) => r.naam],
        ['inwoners', (r) => r.inwoners],
        ['aantal', (r) => r.count],
        ['per_1000_inwoners', (r) => r.per1000],
      ]);
    },
  );

  app.get(
    '/api/analytics/wijken.geojson',
    {
      config: { toegang: 'analytics:lezen', persoonsgegevens: false },
      schema: { tags, summary: 'De wijken als GeoJSON (voor de kaart)', response: { 200: Type.Unknown(), ...errorResponses } },
    },
    async (request, reply) => {
      requireContext(request, 'analytics:lezen');
      return reply.type('application/geo+json').send(JSON.stringify(await wijkenGeoJson(db)));
    },
  );

  app.get(
    '/api/analytics/herhaalcontacten',
    {
      config: { toegang: 'analytics:lezen', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Herhaalcontacten: dezelfde partij over dezelfde categorie binnen 7 dagen',
        querystring: s.PeriodQuery,
        response: { 200: s.RepeatsResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      requireContext(request, 'analytics:lezen');
      const { from, to } = period(request.query);
      const rows = await repeatContacts(db, from, to);
      return respond(reply, request.query.format, 'herhaalcontacten', { repeats: rows }, rows, [
        ['categorie', (r) => r.category],
        ['contacten', (r) => r.contacts],
        ['herhaalcontacten', (r) => r.repeats],
        ['aandeel', (r) => r.share],
      ]);
    },
  );

  app.get(
    '/api/analytics/inhoudsgaten',
    {
      config: { toegang: 'inhoudsgaten:lezen', persoonsgegevens: false },
      schema: {
        tags,
        summary: "Per webpagina de onderwerpen van de chats die er begonnen; pagina's waar men naar het eigen onderwerp blijft vragen",
        querystring: s.PeriodQuery,
        response: { 200: s.ContentGapsResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      requireContext(request, 'inhoudsgaten:lezen');
      const { from, to } = period(request.query);
      const pages = await contentGaps(db, from, to);
      return respond(reply, request.query.format, 'inhoudsgaten', { pages }, pages, [
        ['pagina', (p) => p.paginaUrl],
        ['artikel_van_pagina', (p) => p.pageArticleId],
        ['bron', (p) => p.pageArticleSource],
        ['chats', (p) => p.chats],
        ['over_eigen_onderwerp', (p) => p.ownSubjectChats],
        ['aandeel', (p) => p.ownSubjectShare],
        ['inhoudsgat', (p) => (p.gap ? 'ja' : 'nee')],
        ['onderwerpen', (p) => p.topics.map((t) => `${t.articleId ?? t.category}:${t.count}`).join(' ')],
      ]);
    },
  );

  app.put(
    '/api/analytics/paginas',
    {
      config: { toegang: 'kennis:redigeren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Leg vast over welk kennisartikel een webpagina gaat',
        body: s.PageMappingBody,
        response: { 200: Type.Object({ paginaUrl: Type.String(), artikelId: Type.String() }), ...errorResponses },
      },
    },
    async (request) => {
      requireContext(request, 'kennis:redigeren');
      if (!(await articleExists(db, request.body.artikelId))) throw UnknownArticle();
      return { paginaUrl: await mapPageToArticle(db, request.body.paginaUrl, request.body.artikelId), artikelId: request.body.artikelId };
    },
  );
}

const HOTSPOT_COLUMNS: [
  string,
  (h: {
    wijk: string;
    category: string;
    articleId: string | null;
    weekStart: string;
    observed: number;
    expected: number;
    score: number;
  }) => unknown,
][] = [
  ['wijk', (h) => h.wijk],
  ['categorie', (h) => h.category],
  ['artikel', (h) => h.articleId],
  ['week', (h) => h.weekStart],
  ['waargenomen', (h) => h.observed],
  ['verwacht', (h) => h.expected],
  ['score', (h) => h.score],
];
