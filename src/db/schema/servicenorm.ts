import type { Timestamp } from './columns.ts';

/** A channel's service norm as the beheerder set it (src/routing/servicenormen.service.ts). */
export interface ServicenormTable {
  kanaal: string;
  norm_seconden: number;
  doel_percentage: number;
  gewijzigd_op: Timestamp;
}
