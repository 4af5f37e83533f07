import type { Generated } from 'kysely';
import type { DefaultedTimestamp } from './columns.ts';

export type Toewijzingsmelding = 'uit' | 'toegewezene' | 'groepsmailbox';

/** An afdeling: a group of teams, with an optional group mailbox and its notification setting. */
export interface AfdelingTable {
  id: Generated<string>;
  naam: string;
  groepsmailbox: string | null;
  toewijzingsmelding: Generated<Toewijzingsmelding>;
  aangemaakt_op: DefaultedTimestamp;
  gewijzigd_op: DefaultedTimestamp;
}

/** Outbox of assignment e-mails (toewijzingsmelding.ts). */
export interface TaakMeldingTable {
  id: Generated<string>;
  interne_taak_id: string;
  aan: string;
  status: Generated<'te_versturen' | 'verstuurd' | 'mislukt'>;
  pogingen: Generated<number>;
  volgende_poging_op: DefaultedTimestamp;
  fout: string | null;
  aangemaakt_op: DefaultedTimestamp;
}
