import type { Selectable } from 'kysely';
import type { DigitaalAdresTable, Partij, PartijIdentificatorTable } from '../db/schema.ts';
import type { PartijResponse } from './parties.schemas.ts';

export function volledigeNaam(
  partij: Pick<Partij, 'soort_partij' | 'voornaam' | 'voorletters' | 'voorvoegsel_achternaam' | 'achternaam' | 'organisatie_naam'>,
): string {
  if (partij.soort_partij === 'organisatie') return partij.organisatie_naam ?? '';
  const parts = [partij.voornaam ?? partij.voorletters, partij.voorvoegsel_achternaam, partij.achternaam];
  return parts.filter((p) => p).join(' ');
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

export function toPartijResponse(
  partij: Partij,
  identificatoren: Selectable<PartijIdentificatorTable>[],
  adressen: Selectable<DigitaalAdresTable>[],
): PartijResponse {
  return {
    id: partij.id,
    nummer: partij.nummer,
    soortPartij: partij.soort_partij,
    volledigeNaam: volledigeNaam(partij),
    voorletters: partij.voorletters,
    voornaam: partij.voornaam,
    voorvoegselAchternaam: partij.voorvoegsel_achternaam,
    achternaam: partij.achternaam,
    organisatieNaam: partij.organisatie_naam,
    werkteVoorPartijId: partij.werkte_voor_partij_id,
    geboortedatum: partij.geboortedatum,
    bezoekadres: partij.bezoekadres as Record<string, unknown> | null,
    correspondentieadres: partij.correspondentieadres as Record<string, unknown> | null,
    interneNotitie: partij.interne_notitie,
    indicatieGeheimhouding: partij.indicatie_geheimhouding,
    indicatieActief: partij.indicatie_actief,
    voorkeurstaal: partij.voorkeurstaal,
    geverifieerd: partij.geverifieerd,
    identificatoren: identificatoren
      .filter((i) => i.partij_id === partij.id)
      .map((i) => ({
        id: i.id,
        codeObjecttype: i.code_objecttype,
        codeSoortObjectId: i.code_soort_object_id,
        objectId: i.object_id,
        codeRegister: i.code_register,
      })),
    digitaleAdressen: adressen
      .filter((a) => a.partij_id === partij.id)
      .map((a) => ({
        id: a.id,
        soortDigitaalAdres: a.soort_digitaal_adres,
        adres: a.adres,
        omschrijving: a.omschrijving,
        isStandaardAdres: a.is_standaard_adres,
        verificatieDatum: iso(a.verificatie_datum),
      })),
    aangemaaktOp: new Date(partij.aangemaakt_op).toISOString(),
  };
}
