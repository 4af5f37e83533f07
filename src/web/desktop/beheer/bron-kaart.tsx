import { Button, DataList, DataListItem, DataListKey, DataListValue, Paragraph } from '@utrecht/component-library-react';
import { bronnenApi, type Bron } from './bronnen-api.ts';
import { useBeheerT } from './beheer-i18n.ts';
import { bronAdres, geheimenVoor } from './bronnen-logic.ts';
import { useVerbindingTest } from './verbinding-test.ts';

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
  const test = useVerbindingTest(() => bronnenApi.test(bron.id), b, announce);
  const readOnly = bron.herkomst === 'omgeving';
  const titleId = `bron-${bron.id}`;

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
          busy={test.bezig}
          disabled={test.bezig}
          onClick={() => void test.testen()}
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
      <p role="status" className={test.klasse}>
        {test.tekst}
      </p>
    </li>
  );
}
