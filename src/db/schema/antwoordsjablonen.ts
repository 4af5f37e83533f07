import type { Generated } from 'kysely';
import type { DefaultedTimestamp } from './columns.ts';

/** Reply templates a team lead keeps for a team (or for everyone: team_id null). */
export interface AntwoordsjabloonTable {
  id: Generated<string>;
  team_id: string | null;
  titel: string;
  tekst: string;
  aangemaakt_door: string | null;
  aangemaakt_op: DefaultedTimestamp;
  gewijzigd_op: DefaultedTimestamp;
}
