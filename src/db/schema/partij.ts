import type { Generated } from 'kysely';
import type { DefaultedTimestamp, NullableJson } from './columns.ts';

/** Partijen: personen, organisaties en contactpersonen, met hun identificatoren en adressen. */
export interface Adres {
  nummeraanduidingId?: string;
  straatnaam?: string;
  huisnummer?: number;
  huisnummertoevoeging?: string;
  postcode?: string;
  stad?: string;
  adresregel1?: string;
  adresregel2?: string;
  adresregel3?: string;
  land?: string;
}

export type SoortPartij = 'persoon' | 'organisatie' | 'contactpersoon';

export interface PartijTable {
  id: Generated<string>;
  nummer: Generated<string>;
  soort_partij: SoortPartij;
  voorletters: string | null;
  voornaam: string | null;
  voorvoegsel_achternaam: string | null;
  achternaam: string | null;
  organisatie_naam: string | null;
  werkte_voor_partij_id: string | null;
  geboortedatum: string | null;
  interne_notitie: string | null;
  indicatie_geheimhouding: Generated<boolean>;
  indicatie_actief: Generated<boolean>;
  voorkeurstaal: Generated<string>;
  geverifieerd: Generated<boolean>;
  bezoekadres: NullableJson<Adres>;
  correspondentieadres: NullableJson<Adres>;
  voorkeurs_digitaal_adres_id: string | null;
  voorkeurs_rekeningnummer_id: string | null;
  samengevoegd_met_id: string | null;
  aangemaakt_op: DefaultedTimestamp;
  gewijzigd_op: DefaultedTimestamp;
}

export interface PartijIdentificatorTable {
  id: Generated<string>;
  partij_id: string | null;
  code_objecttype: 'natuurlijk_persoon' | 'niet_natuurlijk_persoon' | 'vestiging';
  code_soort_object_id: 'bsn' | 'vestigingsnummer' | 'kvk_nummer' | 'rsin';
  object_id: string;
  code_register: 'brp' | 'hr';
  andere_partij_identificator: string | null;
  sub_identificator_van_id: string | null;
  aangemaakt_op: DefaultedTimestamp;
}

export type SoortDigitaalAdres = 'email' | 'telefoonnummer' | 'overig';

export interface DigitaalAdresTable {
  id: Generated<string>;
  partij_id: string | null;
  betrokkene_id: string | null;
  soort_digitaal_adres: SoortDigitaalAdres;
  adres: string;
  omschrijving: string | null;
  referentie: string | null;
  is_standaard_adres: Generated<boolean>;
  verificatie_datum: Date | string | null;
  aangemaakt_op: DefaultedTimestamp;
}

export interface RekeningnummerTable {
  id: Generated<string>;
  partij_id: string | null;
  iban: string;
  bic: string | null;
}

export interface VertegenwoordigingTable {
  id: Generated<string>;
  vertegenwoordigende_partij_id: string;
  vertegenwoordigde_partij_id: string;
}

export interface CategorieTable {
  id: Generated<string>;
  naam: string;
}

export interface CategorieRelatieTable {
  id: Generated<string>;
  partij_id: string | null;
  categorie_id: string | null;
  begin_datum: string | null;
  eind_datum: string | null;
}
