import type { Db } from '../db/transaction.ts';
import { inTransaction } from '../db/transaction.ts';
import { volledigeNaam } from '../parties/partij.mapper.ts';
import { defineError } from '../platform/errors.ts';
import type { RequestContext } from '../platform/principal.ts';
import { hasPermission } from '../platform/roles.ts';
import { logVerwerking } from '../platform/verwerkingslog.ts';
import { recenteGesprekken, zoekGesprekken, zoekPartijen } from './zoeken.queries.ts';

export const ZoektermOntbreekt = defineError(
  'LOKET_ZOEKTERM_ONTBREEKT',
  400,
  'Geef een zoekterm of een status op.',
  'Give a search term or a status.',
);

export interface Zoekvraag {
  q?: string | undefined;
  status?: string | undefined;
  limit: number;
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/**
 * Search across gesprekken (subject, messages) and, for roles that may read partijen, partijen
 * by name. A gesprek hit carries no partij: its caller may not be verified, and the search must
 * not tell who it was. The read is logged (Raadplegen) with every gesprek and partij it returned;
 * the search words are not, as they may hold personal data themselves.
 */
export async function zoeken(db: Db, ctx: RequestContext, vraag: Zoekvraag) {
  const q = vraag.q?.trim() ?? '';
  if (!q && !vraag.status) throw ZoektermOntbreekt();
  const metPartijen = q !== '' && hasPermission(ctx.principal.rollen, 'partij:lezen');
  return inTransaction(db, async (trx) => {
    const gesprekken = (
      q ? await zoekGesprekken(trx, q, vraag.status, vraag.limit) : await recenteGesprekken(trx, vraag.status!, vraag.limit)
    ).rows;
    const partijen = metPartijen ? (await zoekPartijen(trx, q, vraag.limit)).rows : [];
    await logVerwerking(trx, ctx, {
      actieNaam: 'Zoeken in gesprekken en partijen',
      handelingNaam: 'Raadplegen',
      objecten: [
        ...gesprekken.map((g) => ({
          objecttype: 'gesprek' as const,
          objectId: g.id,
          betrokkenheid: 'zoekresultaat',
          soortenGegevens: ['onderwerp', 'berichten'],
        })),
        ...partijen.map((p) => ({
          objecttype: 'partij' as const,
          objectId: p.id,
          betrokkenheid: 'zoekresultaat',
          soortenGegevens: ['naam'],
        })),
      ],
    });
    return {
      gesprekken: gesprekken.map((g) => ({
        id: g.id,
        kanaal: g.kanaal,
        status: g.status,
        onderwerp: g.onderwerp,
        laatsteBerichtOp: iso(g.laatste_bericht_op ?? g.gestart_op),
        fragment: g.fragment,
      })),
      partijen: metPartijen ? partijen.map((p) => ({ id: p.id, soortPartij: p.soort_partij, volledigeNaam: volledigeNaam(p) })) : null,
    };
  });
}
