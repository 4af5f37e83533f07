import { Type } from 'typebox';
import type { Db } from '../db/transaction.ts';
import { errorResponses, type App } from '../platform/http.ts';
import { requireContext } from '../platform/principal.ts';
import { createSynonymGroup, deleteSynonymGroup, listSynonymGroups } from './synonyms.service.ts';

const tags = ['kennisbank'];
const SynonymGroup = Type.Object({ id: Type.String(), terms: Type.Array(Type.String()) });
const NewSynonymGroup = Type.Object(
  { terms: Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { minItems: 2, maxItems: 20 }) },
  { additionalProperties: false },
);

export function synonymsRoutes(app: App, db: Db): void {
  app.get(
    '/api/kennisbank/synoniemen',
    {
      config: { toegang: 'kennis:redigeren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Synoniemen voor zoeken en de bot',
        response: { 200: Type.Object({ results: Type.Array(SynonymGroup) }), ...errorResponses },
      },
    },
    async (request) => {
      requireContext(request, 'kennis:redigeren');
      return { results: await listSynonymGroups(db) };
    },
  );

  app.post(
    '/api/kennisbank/synoniemen',
    {
      config: { toegang: 'kennis:redigeren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Leg vast dat woorden hetzelfde betekenen (eerste term is de voorkeursterm)',
        body: NewSynonymGroup,
        response: { 201: SynonymGroup, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = requireContext(request, 'kennis:redigeren');
      return reply.status(201).send(await createSynonymGroup(db, ctx, request.body.terms));
    },
  );

  app.delete(
    '/api/kennisbank/synoniemen/:id',
    {
      config: { toegang: 'kennis:redigeren', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Verwijder een synoniemgroep',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      requireContext(request, 'kennis:redigeren');
      await deleteSynonymGroup(db, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
