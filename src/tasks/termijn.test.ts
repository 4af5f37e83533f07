import { describe, expect, it } from 'vitest';
import { termijnVan } from './termijn.ts';

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
});
