import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { Partij } from '../api/types.ts';
import { datumVoluit } from '../i18n/datum.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { adresRegel } from './adres-logic.ts';

export interface Kandidaat {
  partij: Partij;
  /** Contacts and gesprekken in its tijdlijn: what will move along. */
  contacten: number;
}

const nummerOf = (p: Partij) => p.nummer ?? '—';

/** The partij that stays and the duplicate side by side, one row per detail. */
export function PartijVergelijking({ blijft, weg }: { blijft: Kandidaat; weg: Kandidaat }) {
  const { t, lang } = useI18n();
  const datum = (value: string | null) => (value ? datumVoluit(value, lang === 'en' ? 'en-GB' : 'nl-NL') : t.partij.geen);
  const naam = (p: Partij) => p.volledigeNaam ?? t.inbox.onbekend;
  const rows: [string, (k: Kandidaat) => string][] = [
    [t.partij.nummer, (k) => nummerOf(k.partij)],
    [t.partij.naam, (k) => naam(k.partij)],
    [t.partij.geboortedatum, (k) => datum(k.partij.geboortedatum)],
    [t.partij.bezoekadres, (k) => adresRegel(k.partij.bezoekadres) ?? t.partij.geen],
    [
      t.partij.identificatoren,
      (k) => k.partij.identificatoren.map((i) => `${i.codeSoortObjectId.toUpperCase()} ${i.objectId}`).join(', ') || t.partij.geen,
    ],
    [t.partij.adressen, (k) => k.partij.digitaleAdressen.map((a) => a.adres).join(', ') || t.partij.geen],
    [t.samenvoegen.tijdlijn, (k) => String(k.contacten)],
  ];
  return (
    <Table className="loket-vergelijking">
      <TableCaption className="loket-vergelijking__titel">{t.samenvoegen.vergelijking}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t.samenvoegen.gegeven}</TableHeaderCell>
          <TableHeaderCell scope="col" className="loket-vergelijking--blijft">
            {t.samenvoegen.blijft(naam(blijft.partij))}
          </TableHeaderCell>
          <TableHeaderCell scope="col" className="loket-vergelijking--weg">
            {t.samenvoegen.verdwijnt(naam(weg.partij))}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map(([label, value]) => (
          <TableRow key={label}>
            <TableHeaderCell scope="row">{label}</TableHeaderCell>
            <TableCell>{value(blijft)}</TableCell>
            <TableCell>{value(weg)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
