import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Partij } from '../db/schema.ts';
import type { App } from '../platform/http.ts';
import { KiError, notFound } from './api-errors.ts';
import { inOrder, type KiContext } from './ki-context.ts';
import { PageParams, paginate } from './pagination.ts';
import { uuidParam, withKi, type KiDeps } from './resource.ts';
import { adresOut } from './schemas.ts';

/**
 * The Contactgegevens API (Open Klant 1.1.1), read-only over Loket's partijen: a persoon is a
 * partij of soort persoon with a known birth date and surname (the spec requires both), an
 * organisatie a partij of soort organisatie. Loket keeps no gender, date of death, founding or
 * dissolution date: those are answered empty. Writing goes through the Klantinteracties API.
 */
type Soort = 'persoon' | 'organisatie';

function persoonOut(k: KiContext, p: Partij) {
  return {
    uuid: p.id,
    url: `${k.urls.base.replace('/klantinteracties/', '/contactgegevens/')}/persoon/${p.id}`,
    geboortedatum: p.geboortedatum,
    overlijdensdatum: null,
    geslachtsnaam: p.achternaam,
    geslacht: '',
    voorvoegsel: p.voorvoegsel_achternaam ?? '',
    voornamen: p.voornaam ?? p.voorletters ?? '',
    adres: adresOut(p.bezoekadres),
  };
}

function organisatieOut(k: KiContext, p: Partij) {
  return {
    uuid: p.id,
    url: `${k.urls.base.replace('/klantinteracties/', '/contactgegevens/')}/organisatie/${p.id}`,
    handelsnaam: p.organisatie_naam ?? '',
    oprichtingsdatum: null,
    opheffingsdatum: null,
    adres: adresOut(p.bezoekadres),
  };
}

function idQuery(k: KiContext, soort: Soort) {
  const query = k.trx.selectFrom('partij').select('partij.id').where('soort_partij', '=', soort).orderBy('aangemaakt_op').orderBy('id');
  return soort === 'persoon' ? query.where('geboortedatum', 'is not', null).where('achternaam', 'is not', null) : query;
}

async function load(k: KiContext, soort: Soort, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await k.trx.selectFrom('partij').selectAll().where('id', 'in', ids).execute();
  return inOrder(ids, rows).map((p) => {
    k.touch('partij', p.id, ['naam', 'adres', ...(soort === 'persoon' ? ['geboortedatum'] : [])], 'klant');
    return soort === 'persoon' ? persoonOut(k, p) : organisatieOut(k, p);
  });
}

const methodNotAllowed = (request: FastifyRequest) =>
  new KiError(
    405,
    'method_not_allowed',
    'Methode niet toegestaan.',
    `Loket biedt de Contactgegevens API alleen om te lezen; ${request.method} kan niet. Wijzig partijen via de Klantinteracties API.`,
  );

export function contactgegevensRoutes(app: App, deps: KiDeps): void {
  for (const soort of ['persoon', 'organisatie'] as const) {
    const log = { actie: `${soort} opvragen (Contactgegevens API)`, handeling: 'Raadplegen' as const };
    app.get(
      `/${soort}`,
      {
        config: { toegang: 'partij:lezen', persoonsgegevens: true },
        schema: { tags: ['contactgegevens'], summary: `${soort}: lijst (Contactgegevens API)`, querystring: Type.Object(PageParams) },
      },
      async (request) =>
        withKi(deps, request, 'partij:lezen', log, (k) =>
          paginate(k, idQuery(k, soort), request.query as { page?: number; pageSize?: number }, `${deps.publicUrl}${request.url}`, (ids) =>
            load(k, soort, ids),
          ),
        ),
    );
    app.get(
      `/${soort}/:uuid`,
      {
        config: { toegang: 'partij:lezen', persoonsgegevens: true },
        schema: { tags: ['contactgegevens'], summary: `${soort}: opvragen`, params: Type.Object({ uuid: Type.String() }) },
      },
      async (request) =>
        withKi(deps, request, 'partij:lezen', log, async (k) => {
          const id = uuidParam(request);
          const found = await idQuery(k, soort).where('id', '=', id).executeTakeFirst();
          const [item] = found ? await load(k, soort, [id]) : [];
          if (!item) throw notFound();
          return item;
        }),
    );
    const readOnly = {
      config: { toegang: 'partij:lezen' as const, persoonsgegevens: false },
      schema: { tags: ['contactgegevens'], summary: `${soort}: alleen-lezen (schrijven via de Klantinteracties API)` },
    };
    app.post(`/${soort}`, readOnly, async (request) => {
      throw methodNotAllowed(request);
    });
    for (const method of ['put', 'patch', 'delete'] as const) {
      app[method](`/${soort}/:uuid`, readOnly, async (request) => {
        throw methodNotAllowed(request);
      });
    }
  }
}
