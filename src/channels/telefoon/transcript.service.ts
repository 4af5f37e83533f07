import type { Db } from '../../db/transaction.ts';
import { inTransaction } from '../../db/transaction.ts';
import { ValidationFailed } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/principal.ts';
import { publishEvent } from '../../platform/realtime/event-bus.ts';
import { logVerwerking, type VerwerktObject } from '../../platform/verwerkingslog.ts';
import { findCallOrThrow } from './cti.service.ts';
import * as q from './telefoon.queries.ts';

/**
 * A call's transcript, as a speech-to-text system posts it: live, a few segments at a time, or
 * all at once after the call. A segment is keyed by (call, start, speaker), so one posted twice
 * is stored once; each batch that stored something is published for live analysis.
 */
export interface Segment {
  speaker: 'agent' | 'klant';
  start: number;
  end: number;
  text: string;
}

// Events travel over NOTIFY (< 8000 bytes): a large batch is published in parts.
// Bytes of segments per event, counted as NOTIFY counts them (after JSON escaping, in UTF-8).
const EVENT_BYTES = 4000;

async function objecten(db: Db, gesprekId: string | null): Promise<VerwerktObject[]> {
  if (!gesprekId) return [];
  const gesprek = await db.selectFrom('gesprek').select('partij_id').where('id', '=', gesprekId).executeTakeFirst();
  return [
    { objecttype: 'gesprek', objectId: gesprekId, betrokkenheid: 'gesprek', soortenGegevens: ['transcript'] },
    ...(gesprek?.partij_id ? [{ objecttype: 'partij' as const, objectId: gesprek.partij_id, betrokkenheid: 'klant' }] : []),
  ];
}

const toSegment = (row: { spreker: 'agent' | 'klant'; begin_s: number; eind_s: number; tekst: string }): Segment => ({
  speaker: row.spreker,
  start: row.begin_s,
  end: row.eind_s,
  text: row.tekst,
});
const byTime = (a: Segment, b: Segment) => a.start - b.start || a.end - b.end || a.speaker.localeCompare(b.speaker);

export async function addSegments(db: Db, ctx: RequestContext, callId: string, segments: Segment[]) {
  const problems = segments.flatMap((s, i) =>
    s.end < s.start ? [{ field: `body.segmenten.${i}.end`, message: 'het einde ligt vóór het begin' }] : [],
  );
  if (problems.length > 0) throw ValidationFailed(problems);
  return inTransaction(db, async (trx) => {
    const call = await findCallOrThrow(trx, callId);
    const rows = await q.insertSegments(
      trx,
      segments.map((s) => ({ telefoongesprek_id: call.id, spreker: s.speaker, begin_s: s.start, eind_s: s.end, tekst: s.text })),
    );
    const stored = rows.map(toSegment).sort(byTime);
    let part: Segment[] = [];
    let size = 0;
    const publish = async () => {
      if (part.length > 0)
        await publishEvent(trx, {
          type: 'telefoon.transcript',
          audience: { agents: true },
          data: { callId, gesprekId: call.gesprek_id, segmenten: part },
        });
      part = [];
      size = 0;
    };
    for (const segment of stored) {
      const length = Buffer.byteLength(JSON.stringify(segment));
      if (size + length > EVENT_BYTES) await publish();
      part.push(segment);
      size += length;
    }
    await publish();
    if (stored.length > 0)
      await logVerwerking(trx, ctx, {
        actieNaam: 'Transcript vastleggen',
        handelingNaam: 'Invoeren',
        objecten: await objecten(trx, call.gesprek_id),
      });
    return { opgeslagen: stored.length, alBekend: segments.length - stored.length };
  });
}

export async function getTranscript(db: Db, ctx: RequestContext, callId: string) {
  return inTransaction(db, async (trx) => {
    const call = await findCallOrThrow(trx, callId);
    const segmenten = (await q.segmentsOf(trx, call.id)).map(toSegment);
    await logVerwerking(trx, ctx, {
      actieNaam: 'Transcript raadplegen',
      handelingNaam: 'Raadplegen',
      objecten: await objecten(trx, call.gesprek_id),
    });
    return { callId, gesprekId: call.gesprek_id, segmenten };
  });
}
