import type { ColumnType, Generated } from 'kysely';
import type { DefaultedTimestamp, NullableJson } from './columns.ts';
import type { Adres } from './partij.ts';

/** Verzoeken, klantcontacten en wat eraan hangt, en interne taken. */
export interface VerzoekTable {
  id: Generated<string>;
  nummer: Generated<string>;
  partij_id: string | null;
  onderwerp: string;
  omschrijving: string | null;
  status: Generated<'open' | 'afgehandeld'>;
  aangemaakt_op: DefaultedTimestamp;
  afgehandeld_op: Date | string | null;
}

export interface KlantcontactTable {
  id: Generated<string>;
  nummer: Generated<string>;
  referentienummer: string | null;
  kanaal: string;
  onderwerp: string;
  inhoud: string | null;
  reactie: string | null;
  indicatie_contact_gelukt: boolean | null;
  hoofd_onderwerp_type: string | null;
  verdere_actie_ondernomen: Generated<boolean>;
  taal: Generated<string>;
  vertrouwelijk: Generated<boolean>;
  plaatsgevonden_op: DefaultedTimestamp;
  metadata: NullableJson<Record<string, unknown>>;
  verzoek_id: string | null;
  aangemaakt_op: DefaultedTimestamp;
}

export interface BetrokkeneTable {
  id: Generated<string>;
  klantcontact_id: string;
  partij_id: string | null;
  rol: 'vertegenwoordiger' | 'klant';
  initiator: Generated<boolean>;
  organisatienaam: string | null;
  contactnaam: NullableJson<Record<string, string>>;
  bezoekadres: NullableJson<Adres>;
  correspondentieadres: NullableJson<Adres>;
}

export interface ObjectIdentificatorColumns {
  code_objecttype: string | null;
  code_register: string | null;
  code_soort_object_id: string | null;
  object_id: string | null;
}

export interface OnderwerpobjectTable extends ObjectIdentificatorColumns {
  id: Generated<string>;
  klantcontact_id: string | null;
  was_klantcontact_id: string | null;
  /** How the object reads to a person (a zaak's identificatie and omschrijving), stored at linking. */
  identificatie: ColumnType<string | null, string | null | undefined, string | null>;
  omschrijving: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface BijlageTable extends ObjectIdentificatorColumns {
  id: Generated<string>;
  klantcontact_id: string | null;
  bestandsnaam: string | null;
  content_type: string | null;
  grootte: number | null;
  inhoud: Uint8Array | null;
  bericht_id: string | null;
}

export interface ActorKlantcontactTable {
  id: Generated<string>;
  actor_id: string;
  klantcontact_id: string;
}

export interface InterneTaakTable {
  id: Generated<string>;
  nummer: Generated<string>;
  gevraagde_handeling: string;
  klantcontact_id: string;
  toelichting: string | null;
  status: Generated<'te_verwerken' | 'verwerkt'>;
  toegewezen_op: DefaultedTimestamp;
  afgehandeld_op: Date | string | null;
  uiterlijk_op: Date | string | null;
  /** Klantinteracties API: reference number given by the system that made the task. */
  referentienummer: string | null;
  /** The actor who sent the task; null for older tasks. */
  ingediend_door: string | null;
  /** The deadline by the team's term, kept for ordering; null until computed (src/tasks/werklijst-termijnen.ts). */
  termijn_op: Date | string | null;
  /** The working-time settings termijn_op was computed under. */
  termijn_sleutel: string | null;
}

export type NotitieSoort = 'notitie' | 'antwoord' | 'geclaimd' | 'doorgestuurd';

export interface InterneTaakNotitieTable {
  id: Generated<string>;
  volgnummer: Generated<string>;
  interne_taak_id: string;
  actor_id: string;
  soort: NotitieSoort;
  tekst: string;
  aangemaakt_op: DefaultedTimestamp;
}

export interface InterneTaakActorTable {
  interne_taak_id: string;
  actor_id: string;
}
