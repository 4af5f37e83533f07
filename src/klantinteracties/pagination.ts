import type { SelectQueryBuilder } from 'kysely';
import { Type } from 'typebox';
import { notFound } from './api-errors.ts';
import type { KiContext } from './ki-context.ts';

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 500;

export const PageParams = {
  page: Type.Optional(Type.Integer({ minimum: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1 })),
};

// The filtered id query of any resource: its table set differs per resource, and paging only
// adds limit/offset and a count, which need no column references.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any database and table set: paging reads only `id`
export type IdQuery = SelectQueryBuilder<any, any, { id: string }>;

export interface Page<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

/**
 * DRF-style page number pagination as Open Klant serves it: `?page=N&pageSize=M`, with absolute
 * links to the neighbouring pages and 404 for a page past the end.
 */
export async function paginate<T>(
  k: KiContext,
  query: IdQuery,
  params: { page?: number | undefined; pageSize?: number | undefined },
  selfUrl: string,
  load: (ids: string[]) => Promise<T[]>,
): Promise<Page<T>> {
  const page = params.page ?? 1;
  const pageSize = Math.min(params.pageSize ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const counted = await k.trx
    .selectFrom(query.clearOrderBy().as('gefilterd'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const count = Number(counted.n);
  const lastPage = Math.max(1, Math.ceil(count / pageSize));
  if (page > lastPage) throw notFound('Ongeldige pagina.');
  const rows = await query
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  const link = (n: number) => {
    const url = new URL(selfUrl);
    if (n === 1) url.searchParams.delete('page');
    else url.searchParams.set('page', String(n));
    return url.toString();
  };
  return {
    count,
    next: page < lastPage ? link(page + 1) : null,
    previous: page > 1 ? link(page - 1) : null,
    results: await load(rows.map((r) => r.id)),
  };
}
