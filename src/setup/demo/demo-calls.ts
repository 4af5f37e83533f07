import type { Kysely } from 'kysely';
import { analyseGesprek } from '../../analytics/gesprekskwaliteit/analyse.service.ts';
import { findCallOrThrow, handleCtiEvent, type CtiEvent } from '../../channels/telefoon/cti.service.ts';
import { addSegments } from '../../channels/telefoon/transcript.service.ts';
import { InboundPipeline } from '../../conversations/inbound.service.ts';
import type { Database } from '../../db/schema.ts';
import { systemContext } from '../../platform/system-context.ts';
import { transcripts } from './demo-data.ts';
import type { DemoUsers } from './demo-users.ts';

/**
 * Labelled calls from lindendaal/transcripts-dev.jsonl for the team lead's quality view: clean
 * ones, disclosures before verification, and a complaint that raises a phrase alert, spread over
 * both agents so the per-agent table has something to compare.
 */
const CALLS = [
  { transcript: 'dev-001', agent: 'sanne', van: '0611111101' },
  { transcript: 'dev-017', agent: 'bram', van: '0611111102' },
  { transcript: 'dev-028', agent: 'sanne', van: '0611111103' },
  { transcript: 'dev-033', agent: 'bram', van: '0611111104' },
  { transcript: 'dev-022', agent: 'sanne', van: '0611111105' },
] as const;

/**
 * Each call goes the way a telephone system reports one (CTI newCall, answer, the transcript,
 * hangup) and is then analysed, as the live analysis does after a call. The pipeline here has no
 * hooks: a call wakes no bot, and the demo classifies all its klantcontacten at the end.
 */
export async function seedCalls(db: Kysely<Database>, users: DemoUsers): Promise<string[]> {
  const ctx = systemContext('Inrichten van de demogemeente Lindendaal');
  const pipeline = new InboundPipeline(db);
  const cti = (event: CtiEvent) => handleCtiEvent(db, pipeline, ctx, event, JSON.stringify(event));
  const gesprekken: string[] = [];
  for (const [i, { segments }] of transcripts(CALLS.map((c) => c.transcript)).entries()) {
    const call = CALLS[i]!;
    const callId = `demo-${call.transcript}`;
    await cti({ event: 'newCall', callId, from: call.van, to: '140999', direction: 'in', queue: 'KCC' });
    await cti({ event: 'answer', callId, agent: users[call.agent].gebruikersnaam });
    await addSegments(db, ctx, callId, segments);
    await cti({ event: 'hangup', callId });
    const { gesprek_id: gesprekId } = await findCallOrThrow(db, callId);
    if (gesprekId) {
      await analyseGesprek(db, gesprekId);
      gesprekken.push(gesprekId);
    }
  }
  return gesprekken;
}
