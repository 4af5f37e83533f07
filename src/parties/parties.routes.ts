import { Type } from 'typebox';
import type { Db } from '../db/transaction.ts';
import { ErrorResponse, errorResponses, type App } from '../platform/http.ts';
import { requireContext } from '../platform/principal.ts';
import {
  DigitaalAdresInput,
  Identificator,
  NewPartijBody,
  PartijParams,
  PartijPatchBody,
  PartijResponse,
  PartijSearchQuery,
  PartijSummary,
} from './parties.schemas.ts';
import * as partijen from './parties.service.ts';
import { mergePartijen } from './merge.service.ts';

const tags = ['partijen'];

export function partijenRoutes(app: App, db: Db): void {
  app.post(
    '/api/partijen',
    {
      config: { toegang: 'partij:schrijven', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Registreer een partij (persoon, organisatie of contactpersoon)',
        body: NewPartijBody,
        response: { 201: PartijResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = requireContext(request, 'partij:schrijven');
      return reply.status(201).send(await partijen.createPartij(db, ctx, request.body));
    },
  );

  app.get(
    '/api/partijen',
    {
      config: { toegang: 'partij:lezen', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Zoek partijen op naam, BSN, e-mail, telefoonnummer of postcode',
        querystring: PartijSearchQuery,
        response: { 200: Type.Object({ results: Type.Array(PartijSummary) }), ...errorResponses },
      },
    },
    async (request) => {
      const ctx = requireContext(request, 'partij:lezen');
      return { results: await partijen.searchPartijen(db, ctx, request.query) };
    },
  );

  app.get(
    '/api/partijen/:id',
    {
      config: { toegang: 'partij:lezen', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Eén partij met identificatoren en contactgegevens',
        params: PartijParams,
        response: { 200: PartijResponse, ...errorResponses },
      },
    },
    async (request) => partijen.getPartij(db, requireContext(request, 'partij:lezen'), request.params.id),
  );

  app.patch(
    '/api/partijen/:id',
    {
      config: { toegang: 'partij:schrijven', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Wijzig gegevens van een partij',
        params: PartijParams,
        body: PartijPatchBody,
        response: { 200: PartijResponse, ...errorResponses },
      },
    },
    async (request) => partijen.updatePartij(db, requireContext(request, 'partij:schrijven'), request.params.id, request.body),
  );

  app.post(
    '/api/partijen/:id/identificatoren',
    {
      config: { toegang: 'partij:schrijven', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Voeg een identificator toe (BSN, KvK-nummer, ...)',
        params: PartijParams,
        body: Identificator,
        response: { 201: PartijResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = requireContext(request, 'partij:schrijven');
      return reply.status(201).send(await partijen.addIdentificator(db, ctx, request.params.id, request.body));
    },
  );

  app.post(
    '/api/partijen/:id/digitale-adressen',
    {
      config: { toegang: 'partij:schrijven', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Voeg een e-mailadres, telefoonnummer of ander digitaal adres toe',
        params: PartijParams,
        body: DigitaalAdresInput,
        response: { 201: PartijResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = requireContext(request, 'partij:schrijven');
      return reply.status(201).send(await partijen.addDigitaalAdres(db, ctx, request.params.id, request.body));
    },
  );

  app.post(
    '/api/partijen/:id/samenvoegen',
    {
      config: { toegang: 'partij:samenvoegen', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Voeg een dubbele partij samen met deze; de geschiedenis verhuist mee',
        params: PartijParams,
        body: Type.Object({ metPartijId: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
        response: { 200: PartijResponse, 409: ErrorResponse, ...errorResponses },
      },
    },
    async (request) => {
      const ctx = requireContext(request, 'partij:samenvoegen');
      await mergePartijen(db, ctx, request.params.id, request.body.metPartijId);
      return partijen.getPartij(db, ctx, request.params.id);
    },
  );
}
