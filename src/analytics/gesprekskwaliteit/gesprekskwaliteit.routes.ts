import { Type } from 'typebox';
import type { Db } from '../../db/transaction.ts';
import { ValidationFailed } from '../../platform/errors.ts';
import { ErrorResponse, errorResponses, IdParams, type App } from '../../platform/http.ts';
import { requireContext } from '../../platform/principal.ts';
import type { EventHub } from '../../platform/realtime/event-bus.ts';
import { analyzeTranscript } from '../transcripts/analyze-transcript.ts';
import { activeZinnen } from './analyse.queries.ts';
import {
  AnalyseSamenvatting,
  Analysis,
  AnalyzeBody,
  Kennishiaten,
  KwaliteitGesprek,
  KwaliteitQuery,
  KwaliteitRapport,
  Zin,
} from './analyse.schemas.ts';
import { analyseOnDemand } from './analyse.service.ts';
import { kennishiaten } from './kennishiaten.ts';
import { kwaliteitGesprek, kwaliteitsRapport } from './kwaliteit.service.ts';
import { LiveAnalyse } from './live-analyse.ts';
import { recordOpenArtikel } from './open-artikel.service.ts';
import { addZin, listZinnen, removeZin } from './zinnen.service.ts';

const tags = ['analyse'];
// 5,000 segments of a long call do not fit the default 1 MB body.
const ANALYZE_BODY_LIMIT = 4 * 1024 * 1024;

/** Conversation analytics: the analyzer on demand, live alerts, knowledge gaps and the quality view. */
export function gesprekAnalyseRoutes(app: App, deps: { db: Db; hub: EventHub }): void {
  const { db } = deps;
  const live = new LiveAnalyse(db, app.log);
  live.start(deps.hub);
  app.addHook('preClose', async () => live.stop());

  app.post(
    '/api/analytics/transcripts/analyze',
    {
      config: { toegang: 'transcript:analyseren', persoonsgegevens: true },
      bodyLimit: ANALYZE_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Analyseer een transcript: stiltes, verificatie, onthullingen en signaalzinnen',
        body: AnalyzeBody,
        response: { 200: Analysis, ...errorResponses },
      },
    },
    async (request) => {
      requireContext(request, 'transcript:analyseren');
      const { segments, phrases, silenceSeconds, verifiedAtSegment } = request.body;
      const problems = segments.flatMap((s, i) =>
        s.end < s.start ? [{ field: `body.segments.${i}.end`, message: 'het einde ligt vóór het begin' }] : [],
      );
      if (problems.length > 0) throw ValidationFailed(problems);
      return analyzeTranscript(segments, {
        phrases: phrases ?? (await activeZinnen(db)),
        ...(silenceSeconds !== undefined ? { silenceSeconds } : {}),
        ...(verifiedAtSegment !== undefined ? { verifiedAtSegment } : {}),
      });
    },
  );

  app.get(
    '/api/analytics/zinnen',
    {
      config: { toegang: 'kwaliteit:lezen', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'De signaalzinnen waarop teamleiders live een melding krijgen',
        response: { 200: Type.Array(Zin), ...errorResponses },
      },
    },
    async (request) => {
      requireContext(request, 'kwaliteit:lezen');
      return listZinnen(db);
    },
  );

  app.post(
    '/api/analytics/zinnen',
    {
      config: { toegang: 'kwaliteit:beheren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Voeg een signaalzin toe',
        body: Type.Object({ zin: Type.String({ minLength: 2, maxLength: 200, pattern: '\\S' }) }, { additionalProperties: false }),
        response: { 201: Zin, 409: ErrorResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      requireContext(request, 'kwaliteit:beheren');
      return reply.status(201).send(await addZin(db, request.body.zin));
    },
  );

  app.delete(
    '/api/analytics/zinnen/:id',
    {
      config: { toegang: 'kwaliteit:beheren', persoonsgegevens: false },
      schema: { tags, summary: 'Verwijder een signaalzin', params: IdParams, response: { 204: Type.Null(), ...errorResponses } },
    },
    async (request, reply) => {
      requireContext(request, 'kwaliteit:beheren');
      await removeZin(db, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/gesprekken/:id/open-artikel',
    {
      config: { toegang: 'klantcontact:schrijven', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Het kennisartikel dat de medewerker nu open heeft in dit gesprek (null: gesloten)',
        params: IdParams,
        body: Type.Object(
          { articleId: Type.Union([Type.String({ minLength: 1, maxLength: 200 }), Type.Null()]) },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({ gesprekId: Type.String(), articleId: Type.Union([Type.String(), Type.Null()]), geopendOp: Type.String() }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordOpenArtikel(db, requireContext(request, 'klantcontact:schrijven'), request.params.id, request.body.articleId)),
  );

  app.get(
    '/api/analytics/kennishiaten',
    {
      config: { toegang: 'kennishiaten:lezen', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Kennishiaten: onderwerpen en artikelen met de meeste en langste stiltes',
        querystring: Type.Object(
          {
            van: Type.Optional(Type.String({ format: 'date' })),
            tot: Type.Optional(Type.String({ format: 'date' })),
            limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Kennishiaten, ...errorResponses },
      },
    },
    async (request) => {
      requireContext(request, 'kennishiaten:lezen');
      return kennishiaten(db, request.query);
    },
  );

  app.get(
    '/api/analytics/kwaliteit',
    {
      config: { toegang: 'kwaliteit:lezen', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Kwaliteit per medewerker, team en week: overtredingen, stiltes en signaalzinnen',
        querystring: KwaliteitQuery,
        response: { 200: KwaliteitRapport, ...errorResponses },
      },
    },
    async (request) => {
      requireContext(request, 'kwaliteit:lezen');
      return kwaliteitsRapport(db, request.query);
    },
  );

  app.get(
    '/api/analytics/kwaliteit/gesprekken/:id',
    {
      config: { toegang: 'kwaliteit:lezen', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Het transcript van één gesprek met de gemarkeerde plekken (wordt gelogd)',
        params: IdParams,
        response: { 200: KwaliteitGesprek, ...errorResponses },
      },
    },
    async (request) => kwaliteitGesprek(db, requireContext(request, 'kwaliteit:lezen'), request.params.id),
  );

  app.post(
    '/api/analytics/kwaliteit/gesprekken/:id/analyse',
    {
      config: { toegang: 'kwaliteit:lezen', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Analyseer een gesprek nu (ook een chat die nog open is)',
        params: IdParams,
        response: { 200: AnalyseSamenvatting, 409: ErrorResponse, ...errorResponses },
      },
    },
    async (request) => {
      const a = await analyseOnDemand(db, requireContext(request, 'kwaliteit:lezen'), request.params.id);
      return {
        gesprekId: a.gesprek_id,
        segmenten: a.segmenten,
        geverifieerdBijSegment: a.geverifieerd_bij_segment,
        overtredingen: a.overtredingen,
        stiltes: a.aantal_stiltes,
        zinAlerts: a.aantal_zinnen,
      };
    },
  );
}
