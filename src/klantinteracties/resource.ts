import type { FastifyRequest } from 'fastify';
import { Type, type TSchema } from 'typebox';
import { inTransaction, type Db } from '../db/transaction.ts';
import type { App } from '../platform/http.ts';
import { requireContext } from '../platform/principal.ts';
import type { Permission } from '../platform/roles.ts';
import { logVerwerking, type Handeling } from '../platform/verwerkingslog.ts';
import { notFound } from './api-errors.ts';
import { ExpandParam, parseExpand, type Expand } from './expand.ts';
import { applyFilters, type Filters } from './filters.ts';
import { KiContext } from './ki-context.ts';
import { assertKiSessie } from './ki-toegang.ts';
import { PageParams, paginate, type IdQuery } from './pagination.ts';
import { isUuid, type ResourcePath, type Urls } from '../contract/klantinteracties-urls.ts';

/** Every resource of the API names itself by uuid and url. */
export interface KiResource {
  uuid: string;
  url: string;
}

/** What one resource of the API supplies; `registerResource` turns it into its six operations. */
export interface ResourceDef<Q extends IdQuery, B> {
  path: ResourcePath;
  /** Name in the processing log, e.g. "partij". */
  noun: string;
  lezen: Permission;
  schrijven: Permission;
  /** False for a resource that holds no personal data of inwoners: categorieën, actoren (medewerkers), and the links onderwerpobjecten and actorklantcontacten. */
  persoonsgegevens?: false;
  /** Schema of POST and PUT bodies (mandatory fields required); PATCH makes them optional. */
  body: TSchema;
  patchBody: TSchema;
  filters: Filters<Q>;
  expand?: readonly string[];
  /** The id query for the list, ordered, before filters. */
  list(k: KiContext): Q;
  load(k: KiContext, ids: string[], expand: Expand): Promise<KiResource[]>;
  /** The Loket table that holds the resource, one row per uuid. */
  table: KiTable;
  /** Creates (id null) or updates; PUT and PATCH both send only what is to change. */
  write(k: KiContext, id: string | null, body: Partial<B>): Promise<string>;
  /** Deletes through the owning domain's service; an answer body (onderwerpobjecten with cascade) makes it a 200. */
  remove(k: KiContext, id: string, query: Record<string, unknown>): Promise<object | void>;
  deleteQuery?: TSchema;
}

export type KiTable =
  | 'partij'
  | 'partij_identificator'
  | 'digitaal_adres'
  | 'rekeningnummer'
  | 'vertegenwoordiging'
  | 'klantcontact'
  | 'betrokkene'
  | 'onderwerpobject'
  | 'bijlage'
  | 'actor'
  | 'actor_klantcontact'
  | 'interne_taak'
  | 'categorie'
  | 'categorie_relatie';

async function exists(k: KiContext, table: KiTable, id: string): Promise<boolean> {
  return (await k.trx.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export interface KiDeps {
  db: Db;
  urls: Urls;
  publicUrl: string;
}

/** Runs one API call in a transaction and writes the processing log for what it touched. The API is for tokens and the back office (ki-toegang.ts). */
export async function withKi<T>(
  deps: KiDeps,
  request: FastifyRequest,
  permission: Permission,
  log: { actie: string; handeling: Handeling },
  work: (k: KiContext) => Promise<T>,
): Promise<T> {
  const ctx = requireContext(request, permission);
  assertKiSessie(ctx);
  return inTransaction(deps.db, async (trx) => {
    const k = new KiContext(trx, ctx, deps.urls, request.server.clock.now());
    const result = await work(k);
    await logVerwerking(trx, ctx, {
      actieNaam: log.actie,
      handelingNaam: log.handeling,
      verwerkingNaam: 'Klantinteracties API',
      vertrouwelijk: k.vertrouwelijk,
      objecten: k.touchedObjects(),
    });
    return result;
  });
}

/** A path uuid that is not a uuid names no resource: 404, as Open Klant answers. */
export function uuidParam(request: FastifyRequest): string {
  const { uuid } = request.params as { uuid: string };
  if (!isUuid(uuid)) throw notFound();
  return uuid.toLowerCase();
}

export async function loadOne(
  def: { load: ResourceDef<IdQuery, unknown>['load'] },
  k: KiContext,
  id: string,
  expand: Expand,
): Promise<KiResource> {
  const [item] = await def.load(k, [id], expand);
  if (!item) throw notFound();
  return item;
}

export function registerResource<Q extends IdQuery, B>(app: App, deps: KiDeps, def: ResourceDef<Q, B>): void {
  const path = `/${def.path}`;
  const expandable = def.expand ?? [];
  const expandParam = expandable.length > 0 ? ExpandParam : {};
  const tags = [`klantinteracties: ${def.path}`];
  const listQuery = Type.Object({ ...def.filters.schema, ...PageParams, ...expandParam });
  const itemQuery = Type.Object({ ...expandParam });
  const params = Type.Object({ uuid: Type.String() });
  const log = (handeling: Handeling, what: string) => ({ actie: `${def.noun} ${what} (Klantinteracties API)`, handeling });
  const expandOf = (request: FastifyRequest) => parseExpand((request.query as { expand?: string }).expand, expandable);
  const persoonsgegevens = def.persoonsgegevens ?? true;
  const lezen = { toegang: def.lezen, persoonsgegevens };
  const schrijven = { toegang: def.schrijven, persoonsgegevens };

  app.get(
    path,
    { config: lezen, schema: { tags, summary: `${def.noun}: lijst (VNG Klantinteracties)`, querystring: listQuery } },
    async (request) =>
      withKi(deps, request, def.lezen, log('Raadplegen', 'opvragen'), async (k) => {
        const expand = expandOf(request);
        const query = applyFilters(def.filters, def.list(k), request.query as Record<string, unknown>);
        return paginate(k, query, request.query as { page?: number; pageSize?: number }, `${deps.publicUrl}${request.url}`, (ids) =>
          def.load(k, ids, expand),
        );
      }),
  );

  app.post(path, { config: schrijven, schema: { tags, summary: `${def.noun}: aanmaken`, body: def.body } }, async (request, reply) => {
    const created = await withKi(deps, request, def.schrijven, log('Invoeren', 'aanmaken'), async (k) =>
      loadOne(def, k, await def.write(k, null, request.body as B), new Set()),
    );
    return reply.status(201).send(created);
  });

  app.get(
    `${path}/:uuid`,
    { config: lezen, schema: { tags, summary: `${def.noun}: opvragen`, params, querystring: itemQuery } },
    async (request) =>
      withKi(deps, request, def.lezen, log('Raadplegen', 'opvragen'), async (k) => loadOne(def, k, uuidParam(request), expandOf(request))),
  );

  for (const [method, body] of [
    ['put', def.body],
    ['patch', def.patchBody],
  ] as const) {
    app[method](
      `${path}/:uuid`,
      { config: schrijven, schema: { tags, summary: `${def.noun}: ${method === 'put' ? 'vervangen' : 'deels wijzigen'}`, params, body } },
      async (request) =>
        withKi(deps, request, def.schrijven, log('Wijzigen', 'wijzigen'), async (k) => {
          const id = uuidParam(request);
          if (!(await exists(k, def.table, id))) throw notFound();
          await def.write(k, id, request.body as Partial<B>);
          return loadOne(def, k, id, new Set());
        }),
    );
  }

  const summary = `${def.noun}: verwijderen`;
  const deleteSchema = def.deleteQuery ? { tags, summary, params, querystring: def.deleteQuery } : { tags, summary, params };
  app.delete(`${path}/:uuid`, { config: schrijven, schema: deleteSchema }, async (request, reply) => {
    const answer = await withKi(deps, request, def.schrijven, log('Verwijderen', 'verwijderen'), async (k) => {
      const id = uuidParam(request);
      if (!(await exists(k, def.table, id))) throw notFound();
      await def.load(k, [id], new Set());
      return def.remove(k, id, request.query as Record<string, unknown>);
    });
    return answer ? reply.status(200).send(answer) : reply.status(204).send();
  });
}
