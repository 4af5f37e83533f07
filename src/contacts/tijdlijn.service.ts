import type { Db } from '../db/transaction.ts';
import { inTransaction } from '../db/transaction.ts';
import { partijExists } from '../parties/parties.service.ts';
import { PartijNotFound } from '../parties/parties.errors.ts';
import { ValidationFailed } from '../platform/errors.ts';
import type { RequestContext } from '../platform/principal.ts';
import { logVerwerking } from '../platform/verwerkingslog.ts';
import { tijdlijnRows, type TijdlijnRow } from './tijdlijn.queries.ts';

export interface TijdlijnItem {
  soort: TijdlijnRow['soort'];
  id: string;
  tijdstip: string;
  kanaal: string | null;
  titel: string;
  samenvatting: string | null;
  verzoekId: string | null;
  gesprekId: string | null;
  status: string | null;
  /** Zaken the klantcontact was about (linked from the back office); empty for other items. */
  zaken: TijdlijnRow['zaken'];
}

export interface TijdlijnOptions {
  limit: number;
  volgorde: 'oplopend' | 'aflopend';
  cursor?: string | undefined;
}

function encodeCursor(row: TijdlijnRow): string {
  return Buffer.from(JSON.stringify([new Date(row.tijdstip).toISOString(), row.soort, row.id])).toString('base64url');
}

function decodeCursor(cursor: string) {
  try {
    const [tijdstip, soort, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [string, string, string];
    if (Number.isNaN(Date.parse(tijdstip)) || typeof soort !== 'string' || typeof id !== 'string') throw new Error('shape');
    return { tijdstip, soort, id };
  } catch {
    throw ValidationFailed([{ field: 'querystring.cursor', message: 'onbekende cursor' }]);
  }
}

/** The 360° view: every klantcontact, gesprek, interne taak and verzoek of a partij in time order. */
export async function getTijdlijn(db: Db, ctx: RequestContext, partijId: string, options: TijdlijnOptions) {
  const after = options.cursor ? decodeCursor(options.cursor) : undefined;
  return inTransaction(db, async (trx) => {
    if (!(await partijExists(trx, partijId))) throw PartijNotFound();
    const rows = await tijdlijnRows(trx, { partijId, limit: options.limit, ascending: options.volgorde === 'oplopend', after });
    const page = rows.slice(0, options.limit);
    await logVerwerking(trx, ctx, {
      actieNaam: 'Tijdlijn raadplegen',
      handelingNaam: 'Raadplegen',
      objecten: [{ objecttype: 'partij', objectId: partijId, betrokkenheid: 'klant', soortenGegevens: ['klantcontacten'] }],
    });
    const last = page.at(-1);
    return {
      items: page.map((row): TijdlijnItem => ({
        soort: row.soort,
        id: row.id,
        tijdstip: new Date(row.tijdstip).toISOString(),
        kanaal: row.kanaal,
        titel: row.titel,
        samenvatting: row.samenvatting,
        verzoekId: row.verzoek_id,
        gesprekId: row.gesprek_id,
        status: row.status,
        zaken: typeof row.zaken === 'string' ? (JSON.parse(row.zaken) as TijdlijnRow['zaken']) : (row.zaken ?? []),
      })),
      volgende: rows.length > options.limit && last ? encodeCursor(last) : null,
    };
  });
}
