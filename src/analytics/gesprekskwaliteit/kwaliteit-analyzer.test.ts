import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callMetOvertreding as callAnna, seg } from '../../test/fixtures.ts';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { analyzeTranscript } from '../transcripts/analyze-transcript.ts';
import type { TranscriptSegment } from '../transcripts/types.ts';

const transcripts = readFileSync(resolve(import.meta.dirname, '../../../lindendaal/transcripts-dev.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as { id: string; segments: TranscriptSegment[] });

/** The call analyzer as an endpoint, and the team lead's list of phrases it watches for. */
describe('conversation analytics: the analyzer endpoint and the phrase list', () => {
  let t: TestApp;
  let lead: Session;
  let anna: Session;
  let redacteur: Session;

  beforeAll(async () => {
    t = await createTestApp();
    lead = await t.login(['teamleider'], 'lisa');
    anna = await t.login(['kcc'], 'anna');
    redacteur = await t.login(['redacteur'], 'rob');
  });
  afterAll(async () => t.close());

  const analyze = (payload: object, headers = anna.headers) =>
    t.app.inject({ method: 'POST', url: '/api/analytics/transcripts/analyze', headers, payload });

  it('returns exactly what the analyzer returns, for every labelled call', async () => {
    expect(transcripts).toHaveLength(40);
    for (const call of transcripts) {
      const response = await analyze({ segments: call.segments });
      expect(response.statusCode, call.id).toBe(200);
      expect(response.json(), call.id).toEqual(analyzeTranscript(call.segments));
    }
    const withOptions = await analyze(
      { segments: callAnna, phrases: ['bladkorf'], silenceSeconds: 0.5, verifiedAtSegment: 1 },
      lead.headers,
    );
    expect(withOptions.json()).toEqual(analyzeTranscript(callAnna, { phrases: ['bladkorf'], silenceSeconds: 0.5, verifiedAtSegment: 1 }));
  });

  it('refuses bad input with a 400 naming the field, and other roles with 403', async () => {
    const backwards = await analyze({ segments: [callAnna[0], { ...callAnna[1], end: 1 }] });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.fields).toEqual([{ field: 'body.segments.1.end', message: expect.any(String) }]);
    const negative = await analyze({ segments: [{ ...callAnna[0], start: -1 }] });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error.fields[0].field).toBe('body.segments.0.start');
    const tooMany = await analyze({ segments: Array.from({ length: 5001 }, (_, i) => seg('agent', i, i + 0.5, 'x')) });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.fields[0].field).toBe('body.segments');
    const speaker = await analyze({ segments: [{ ...callAnna[0], speaker: 'robot' }] });
    expect(speaker.json().error.fields[0].field).toMatch(/^body\.segments\.0\.speaker/);
    expect((await analyze({ segments: callAnna }, redacteur.headers)).statusCode).toBe(403);
  });

  it('lets team leads manage the phrase list', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/api/analytics/zinnen', headers: lead.headers });
    expect(list.json().map((z: { zin: string }) => z.zin)).toEqual([
      'advocaat',
      'ik ben het er niet mee eens',
      'klacht indienen',
      'ombudsman',
      'opzeggen',
    ]);
    const added = await t.app.inject({
      method: 'POST',
      url: '/api/analytics/zinnen',
      headers: lead.headers,
      payload: { zin: 'Wethouder  spreken' },
    });
    expect(added.statusCode).toBe(201);
    expect(added.json().zin).toBe('Wethouder spreken');
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/analytics/zinnen', headers: lead.headers, payload: { zin: 'wethouder spreken' } }))
        .statusCode,
    ).toBe(409);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/analytics/zinnen', headers: anna.headers, payload: { zin: 'iets' } })).statusCode,
    ).toBe(403);
    expect((await analyze({ segments: [seg('klant', 0, 1, 'Ik wil de wethouder spreken!')] })).json().phrases).toEqual([
      { segment: 0, phrase: 'Wethouder spreken' },
    ]);
    const url = `/api/analytics/zinnen/${added.json().id}`;
    expect((await t.app.inject({ method: 'DELETE', url, headers: lead.headers })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'DELETE', url, headers: lead.headers })).statusCode).toBe(404);
  });
});
