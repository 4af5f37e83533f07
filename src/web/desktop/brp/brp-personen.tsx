import { Button, DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import { datumVoluit, machineDatum } from '../i18n/datum.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { BrpPersoon } from './brp-api.ts';
import { useBrpT } from './brp-i18n.ts';
import { adresRegel, bsnLeesbaar, naamVan } from './brp-logic.ts';

/**
 * What the BRP found, limited to what the agent compares the caller's answers with: name, date of
 * birth, home address and BSN. Geheimhouding is flagged where the agent cannot miss it.
 */
export function BrpPersonen({
  personen,
  busy,
  onBevestig,
}: {
  personen: BrpPersoon[];
  busy: string | undefined;
  onBevestig: (persoon: BrpPersoon) => void;
}) {
  const b = useBrpT();
  const { lang } = useI18n();
  return (
    <ul className="loket-brp__personen" aria-label={b.resultaten}>
      {personen.map((p) => {
        const naam = naamVan(p) || b.onbekend;
        return (
          <li key={p.burgerservicenummer} className={`loket-brp__persoon${p.geheimhouding ? ' loket-brp__persoon--geheim' : ''}`}>
            <h3 className="utrecht-heading-3">
              {naam}
              {p.geheimhouding && <span className="loket-badge loket-badge--geheim">{b.geheimhouding}</span>}
            </h3>
            {p.geheimhouding && <p className="loket-brp__geheim">{b.geheimhoudingUitleg}</p>}
            <DataList>
              <DataListItem>
                <DataListKey>{b.geboortedatum}</DataListKey>
                <DataListValue>
                  {p.geboortedatum ? (
                    <time dateTime={machineDatum(p.geboortedatum)}>{datumVoluit(p.geboortedatum, lang === 'en' ? 'en-GB' : 'nl-NL')}</time>
                  ) : p.geheimhouding ? (
                    b.afgeschermd
                  ) : (
                    b.onbekend
                  )}
                </DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{b.adres}</DataListKey>
                <DataListValue>{adresRegel(p.adres) || (p.geheimhouding ? b.afgeschermd : b.onbekend)}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{b.bsnKort}</DataListKey>
                <DataListValue>{bsnLeesbaar(p.burgerservicenummer)}</DataListValue>
              </DataListItem>
            </DataList>
            <Button
              appearance="primary-action-button"
              aria-label={b.bevestigLabel(naam)}
              busy={busy === p.burgerservicenummer}
              disabled={busy !== undefined}
              onClick={() => onBevestig(p)}
            >
              {b.bevestig}
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
