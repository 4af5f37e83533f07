import { DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import type { Partij, TijdlijnItem } from '../api/types.ts';
import { datumVoluit, machineDatum } from '../i18n/datum.ts';
import { useI18n, useT } from '../i18n/i18n.tsx';
import { TijdlijnZaken } from '../zaken/tijdlijn-zaken.tsx';
import { adresRegel } from './adres-logic.ts';
import { openTaken, openVerzoeken } from './tijdlijn-logic.ts';

function ItemList({ items, empty }: { items: TijdlijnItem[]; empty: string }) {
  const t = useT();
  if (items.length === 0) return <p className="loket-hint">{empty}</p>;
  return (
    <ul className="loket-timeline">
      {items.map((i) => (
        <li key={`${i.soort}-${i.id}`} className={`loket-timeline__item loket-timeline__item--${i.soort}`}>
          <span className="loket-timeline__when">
            <time dateTime={i.tijdstip}>{t.tijd.datum(i.tijdstip)}</time>
            {' · '}
            {t.partij.soort[i.soort] ?? i.soort}
            {i.kanaal && ` · ${t.kanaal[i.kanaal] ?? i.kanaal}`}
            {i.status && ` · ${t.status[i.status] ?? i.status.replaceAll('_', ' ')}`}
          </span>
          <span className="loket-timeline__title">{i.titel}</span>
          {i.samenvatting && <span className="loket-timeline__summary">{i.samenvatting}</span>}
          <TijdlijnZaken zaken={i.zaken} />
        </li>
      ))}
    </ul>
  );
}

/** The 360° view of a partij: who, how to reach them, and everything across channels. */
export function PartijPanel({
  partij,
  tijdlijn,
  headingLevel = 2,
}: {
  partij: Partij;
  tijdlijn: TijdlijnItem[] | undefined;
  headingLevel?: 2 | 3;
}) {
  const { t, lang } = useI18n();
  const bezoekadres = adresRegel(partij.bezoekadres);
  const correspondentie = adresRegel(partij.correspondentieadres);
  const H = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4';
  const subClass = `utrecht-heading-${headingLevel + 1}`;
  const masked = partij.gemaskeerd === true;
  return (
    <section aria-labelledby="partij-titel" className="loket-panel loket-partij">
      <H id="partij-titel" className={`utrecht-heading-${headingLevel}`}>
        {partij.volledigeNaam || t.inbox.onbekend}
        {masked && <span className="loket-badge loket-badge--masked">{t.verificatie.gemaskeerd}</span>}
        {partij.geverifieerd && !masked && <span className="loket-badge loket-badge--ok">{t.verificatie.geverifieerd}</span>}
      </H>
      <DataList>
        {partij.nummer && (
          <DataListItem>
            <DataListKey>{t.partij.nummer}</DataListKey>
            <DataListValue>{partij.nummer}</DataListValue>
          </DataListItem>
        )}
        {!masked && (
          <DataListItem>
            <DataListKey>{t.partij.geboortedatum}</DataListKey>
            <DataListValue>
              {partij.geboortedatum ? (
                <time dateTime={machineDatum(partij.geboortedatum)}>
                  {datumVoluit(partij.geboortedatum, lang === 'en' ? 'en-GB' : 'nl-NL')}
                </time>
              ) : (
                t.partij.geen
              )}
            </DataListValue>
          </DataListItem>
        )}
        {!masked && (
          <DataListItem>
            <DataListKey>{t.partij.bezoekadres}</DataListKey>
            <DataListValue>{bezoekadres ?? t.partij.geen}</DataListValue>
          </DataListItem>
        )}
        {!masked && correspondentie && correspondentie !== bezoekadres && (
          <DataListItem>
            <DataListKey>{t.partij.correspondentieadres}</DataListKey>
            <DataListValue>{correspondentie}</DataListValue>
          </DataListItem>
        )}
        <DataListItem>
          <DataListKey>{t.partij.identificatoren}</DataListKey>
          <DataListValue>
            {partij.identificatoren.length
              ? partij.identificatoren.map((i) => `${i.codeSoortObjectId.toUpperCase()} ${i.objectId}`).join(', ')
              : t.partij.geen}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t.partij.adressen}</DataListKey>
          <DataListValue>
            {partij.digitaleAdressen.length ? partij.digitaleAdressen.map((a) => a.adres).join(', ') : t.partij.geen}
          </DataListValue>
        </DataListItem>
      </DataList>
      {tijdlijn && (
        <>
          <Sub className={subClass}>{t.partij.verzoeken}</Sub>
          <ItemList items={openVerzoeken(tijdlijn)} empty={t.partij.geen} />
          <Sub className={subClass}>{t.partij.taken}</Sub>
          <ItemList items={openTaken(tijdlijn)} empty={t.partij.geen} />
          <Sub className={subClass}>{t.partij.tijdlijn}</Sub>
          <ItemList items={tijdlijn.filter((i) => i.soort === 'klantcontact' || i.soort === 'gesprek')} empty={t.partij.geen} />
        </>
      )}
    </section>
  );
}
