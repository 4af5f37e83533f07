import type { Db } from '../db/transaction.ts';
import { inTransaction } from '../db/transaction.ts';
import type { RequestContext } from '../platform/principal.ts';
import { logVerwerking } from '../platform/verwerkingslog.ts';
import * as q from './gebeurtenissen.queries.ts';
import { toUitkomst } from './regels.service.ts';

/**
 * Reading received events and the signals rules made of them. An event's content is what the
 * zaaksysteem or sensor sent (a notificatie can name a zaak and its initiator's BSN, a CloudEvent
 * carries free-form data), and a signal's text is made from that content by the rule's template.
 * Neither is linked to a partij, so the log names the events and signals read; the privacy officer
 * can follow them to whatever they contained.
 */
export async function gebeurtenissenInzien(db: Db, ctx: RequestContext, query: Parameters<typeof q.listGebeurtenissen>[1]) {
  return inTransaction(db, async (trx) => {
    const rows = await q.listGebeurtenissen(trx, query);
    const acties = await q.uitkomstenVan(trx, { gebeurtenisIds: rows.map((r) => r.id), limit: 5_000 });
    await logVerwerking(trx, ctx, {
      actieNaam: 'Gebeurtenissen raadplegen',
      handelingNaam: 'Raadplegen',
      objecten: rows.map((r) => ({ objecttype: 'gebeurtenis', objectId: r.id, betrokkenheid: 'gebeurtenis', soortenGegevens: ['inhoud'] })),
    });
    return rows.map((r) => ({
      id: r.id,
      bron: r.bron,
      soort: r.soort,
      inhoud: r.inhoud,
      ontvangenOp: new Date(r.ontvangen_op).toISOString(),
      status: r.status,
      pogingen: r.pogingen,
      laatsteFout: r.laatste_fout,
      regelsGeraakt: r.regels_geraakt,
      acties: acties.filter((a) => a.gebeurtenis_id === r.id).map(toUitkomst),
    }));
  });
}

export async function signalenInzien(db: Db, ctx: RequestContext) {
  return inTransaction(db, async (trx) => {
    const rows = await q.recenteSignalen(trx, 200);
    await logVerwerking(trx, ctx, {
      actieNaam: 'Signalen raadplegen',
      handelingNaam: 'Raadplegen',
      objecten: rows.map((r) => ({
        objecttype: 'gebeurtenis_signaal',
        objectId: r.id,
        betrokkenheid: 'signaal',
        soortenGegevens: ['tekst'],
      })),
    });
    return rows.map((r) => ({
      id: r.id,
      gebeurtenisId: r.gebeurtenis_id,
      regelId: r.regel_id,
      titel: r.titel,
      tekst: r.tekst,
      aangemaaktOp: new Date(r.aangemaakt_op).toISOString(),
    }));
  });
}
