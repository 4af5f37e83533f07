import type { Generated } from 'kysely';
import type { DefaultedTimestamp, Json } from './columns.ts';

/** Formulieren, koppelingen met berichtenkanalen en telefoongesprekken. */
export interface FormulierTable {
  id: string;
  titel: string;
  omschrijving: string | null;
  bevestiging: string | null;
  definitie: Json<Record<string, unknown>>;
  actief: Generated<boolean>;
  aangemaakt_op: DefaultedTimestamp;
  gewijzigd_op: DefaultedTimestamp;
}

export type KanaalSoort = 'whatsapp' | 'messenger' | 'instagram' | 'sms-twilio' | 'sms-bird';

export interface KanaalKoppelingTable {
  id: Generated<string>;
  soort: KanaalSoort;
  naam: string;
  instellingen: Json<Record<string, string>>;
  /** AES-256-GCM ciphertext of the channel's secrets as JSON; never returned by the API. */
  geheimen: string | null;
  actief: Generated<boolean>;
  geweigerd_aantal: Generated<number>;
  laatst_geweigerd_op: Date | null;
  aangemaakt_op: DefaultedTimestamp;
  gewijzigd_op: DefaultedTimestamp;
}

export interface TelefoongesprekTable {
  id: Generated<string>;
  call_id: string;
  gesprek_id: string | null;
  richting: 'inkomend' | 'uitgaand';
  van: string | null;
  naar: string | null;
  wachtrij: string | null;
  status: Generated<'rinkelt' | 'in_gesprek' | 'beeindigd'>;
  medewerker_id: string | null;
  agent: string | null;
  gestart_op: DefaultedTimestamp;
  beantwoord_op: Date | string | null;
  beeindigd_op: Date | string | null;
  duur_seconden: number | null;
  oorzaak: string | null;
}

export interface TranscriptsegmentTable {
  telefoongesprek_id: string;
  spreker: 'agent' | 'klant';
  begin_s: number;
  eind_s: number;
  tekst: string;
  ontvangen_op: DefaultedTimestamp;
}
