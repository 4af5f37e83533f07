import type { Generated } from 'kysely';
import type { DefaultedTimestamp, Json, NullableJson, Timestamp } from './columns.ts';

/** Actoren, teams, medewerkers en hoe zij inloggen. */
export type SoortActor = 'medewerker' | 'geautomatiseerde_actor' | 'organisatorische_eenheid';

export interface ActorTable {
  id: Generated<string>;
  naam: string;
  soort_actor: SoortActor;
  indicatie_actief: Generated<boolean>;
  actoridentificator: NullableJson<Record<string, string>>;
  actor_identificatie: NullableJson<Record<string, string>>;
  aangemaakt_op: DefaultedTimestamp;
}

export interface TeamTable {
  id: Generated<string>;
  naam: string;
  actor_id: string;
  email: string | null;
  aangemaakt_op: DefaultedTimestamp;
  /** Per weekday "HH:MM-HH:MM" or null (werktijd/rooster.ts); null: the KCC's hours. */
  openingstijden: NullableJson<Record<'zo' | 'ma' | 'di' | 'wo' | 'do' | 'vr' | 'za', string | null>>;
  terugbeltermijn_werkdagen: number | null;
  /** The afdeling the team belongs to (afdeling.ts); null: none. */
  afdeling_id: Generated<string | null>;
}

export interface MedewerkerTable {
  id: Generated<string>;
  actor_id: string;
  gebruikersnaam: string;
  naam: string;
  email: string | null;
  wachtwoord_hash: string | null;
  oidc_subject: string | null;
  rollen: Json<string[]>;
  actief: Generated<boolean>;
  aangemaakt_op: DefaultedTimestamp;
}

export interface TeamLidTable {
  team_id: string;
  medewerker_id: string;
}

export interface SessieTable {
  token_hash: string;
  medewerker_id: string;
  csrf_token: string;
  aangemaakt_op: DefaultedTimestamp;
  verloopt_op: Timestamp;
}

export interface ApiTokenTable {
  id: Generated<string>;
  naam: string;
  token_hash: string;
  rol: string;
  actor_id: string;
  aangemaakt_op: DefaultedTimestamp;
  laatst_gebruikt_op: Date | string | null;
  ingetrokken_op: Date | string | null;
}

export interface OidcPogingTable {
  state: string;
  nonce: string;
  code_verifier: string;
  terug_naar: string;
  aangemaakt_op: DefaultedTimestamp;
}

export interface DrempelTellerTable {
  sleutel: string;
  pogingen: number;
  laatste_poging: Timestamp;
}

export type InlogUitkomst = 'gelukt' | 'mislukt' | 'geweigerd';

export interface InlogpogingTable {
  id: Generated<string>;
  tijdstip: DefaultedTimestamp;
  gebruikersnaam: string;
  adres: string;
  uitkomst: InlogUitkomst;
}
