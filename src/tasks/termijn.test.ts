import { describe, expect, it } from 'vitest';
import { ordenWerklijst, termijnVan } from './termijn.ts';

const now = new Date('2026-12-07T10:00:00Z');
const plusTweeDagen = (van: Date) => new Date(van.getTime() + 2 * 86_400_000);

describe('termijn', () => {
  it('uses an explicit uiterlijkOp, else the computed term, and marks only open tasks as late', () => {
    expect(
      termijnVan(
        { status: 'te_verwerken', uiterlijkOp: '2026-12-07T09:00:00.000Z', toegewezenOp: '2026-12-06T09:00:00.000Z' },
        now,
        plusTweeDagen,
      ),
    ).toEqual({ deadline: '2026-12-07T09:00:00.000Z', teLaat: true });
    expect(termijnVan({ status: 'te_verwerken', uiterlijkOp: null, toegewezenOp: '2026-12-06T09:00:00.000Z' }, now, plusTweeDagen)).toEqual(
      { deadline: '2026-12-08T09:00:00.000Z', teLaat: false },
    );
    expect(
      termijnVan(
        { status: 'verwerkt', uiterlijkOp: '2026-12-01T09:00:00.000Z', toegewezenOp: '2026-12-01T08:00:00.000Z' },
        now,
        plusTweeDagen,
      ).teLaat,
    ).toBe(false);
  });

  it('orders overdue first, then open by deadline, then closed', () => {
    const taak = (id: string, status: string, deadline: string, teLaat: boolean) => ({ id, status, deadline, teLaat });
    const ordered = ordenWerklijst([
      taak('dicht', 'verwerkt', '2026-12-01T00:00:00Z', false),
      taak('later', 'te_verwerken', '2026-12-09T00:00:00Z', false),
      taak('laat', 'te_verwerken', '2026-12-05T00:00:00Z', true),
      taak('straks', 'te_verwerken', '2026-12-08T00:00:00Z', false),
      taak('laatst', 'te_verwerken', '2026-12-03T00:00:00Z', true),
    ]);
    expect(ordered.map((t) => t.id)).toEqual(['laatst', 'laat', 'straks', 'later', 'dicht']);
  });
});
