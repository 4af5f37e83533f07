import { Button, DataList, DataListItem, DataListKey, DataListValue, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { bronnenApi, type Bron, type TestUitslag } from './bronnen-api.ts';
import { useBeheerT } from './beheer-i18n.ts';
import { bronAdres, geheimenVoor } from './bronnen-logic.ts';

/** One source in the list: what it is, whether its secrets are set, and a connection test. */
export function BronKaart({
  bron,
  onEdit,
  onDelete,
  announce,
}: {
  bron: Bron;
  onEdit: () => void;
  onDelete: () => void;
  announce: (text: string) => void;
}) {
  const m = useBeheerT();
  const b = m.bronnen;
  const t = useT();
  const [test, setTest] = useState<TestUitslag | { fout: string } | 'bezig'>();
  const readOnly = bron.herkomst === 'omgeving';
  const titleId = `bron-${bron.id}`;

  const testen = async () => {
    setTest('bezig');
    try {
      const uitslag = await bronnenApi.test(bron.id);
      setTest(uitslag);
      announce(uitslag.ok ? b.testOk(uitslag.melding, uitslag.duurMs) : b.testMis(uitslag.melding, uitslag.duurMs));
    } catch (e) {
      const fout = t.app.fout(e instanceof Error ? e.message : String(e));
      setTest({ fout });
      announce(fout);
    }
  };

  return (
    <li className="loket-bron" aria-labelledby={titleId}>
      <h3 id={titleId} className="utrecht-heading-3">
        {bron.naam}
        <span className={`loket-badge${bron.actief ? ' loket-badge--ok' : ' loket-badge--uit'}`}>
          {bron.actief ? b.actief : b.inactief}
        </span>
        {readOnly && <span className="loket-badge loket-badge--omgeving">{b.omgeving}</span>}
      </h3>
      <DataList>
        <DataListItem>
          <DataListKey>{b.soortLabel}</DataListKey>
          <DataListValue>{b.soort[bron.soort] ?? bron.soort}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{b.adres}</DataListKey>
          <DataListValue>{bronAdres(bron) || '—'}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{b.geheimen}</DataListKey>
          <DataListValue>
            {geheimenVoor(bron.soort, bron.instellingen.authenticatie)
              .map((g) => `${m.formulier.geheim[g] ?? g}: ${bron.geheimenIngesteld.includes(g) ? b.geheimIngesteld : b.geheimNiet}`)
              .join(', ')}
          </DataListValue>
        </DataListItem>
      </DataList>
      {readOnly && <Paragraph className="loket-hint">{b.omgevingUitleg}</Paragraph>}
      <div className="loket-bron__acties">
        <Button
          appearance="secondary-action-button"
          aria-label={b.testenLabel(bron.naam)}
          busy={test === 'bezig'}
          disabled={test === 'bezig'}
          onClick={() => void testen()}
        >
          {b.testen}
        </Button>
        {!readOnly && (
          <>
            <Button appearance="secondary-action-button" aria-label={b.bewerkenLabel(bron.naam)} onClick={onEdit}>
              {b.bewerken}
            </Button>
            <Button appearance="subtle-button" hint="danger" aria-label={b.verwijderenLabel(bron.naam)} onClick={onDelete}>
              {b.verwijderen}
            </Button>
          </>
        )}
      </div>
      <p
        role="status"
        className={`loket-bron__test${test && test !== 'bezig' ? ('ok' in test && test.ok ? ' loket-bron__test--ok' : ' loket-bron__test--mis') : ''}`}
      >
        {test === 'bezig'
          ? b.testBezig
          : !test
            ? ''
            : 'fout' in test
              ? test.fout
              : test.ok
                ? b.testOk(test.melding, test.duurMs)
                : b.testMis(test.melding, test.duurMs)}
      </p>
    </li>
  );
}
