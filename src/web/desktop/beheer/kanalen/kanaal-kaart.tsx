import { Button, DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import { momentKort } from '../../i18n/datum.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useVerbindingTest } from '../verbinding-test.ts';
import { kanalenApi, type Kanaal } from './kanalen-api.ts';
import { useKanalenT } from './kanalen-i18n.ts';

/** One connection: its kind, webhook address, settings, which secrets are set, and the buttons a beheerder needs. */
export function KanaalKaart({
  kanaal,
  onEdit,
  onToggle,
  announce,
}: {
  kanaal: Kanaal;
  onEdit: () => void;
  onToggle: () => void;
  announce: (text: string) => void;
}) {
  const m = useKanalenT();
  const { lang } = useI18n();
  const test = useVerbindingTest(() => kanalenApi.test(kanaal.id), m, announce);
  const titleId = `kanaal-${kanaal.id}`;
  const { aantal, laatsteOp } = kanaal.geweigerdeVerzoeken;

  return (
    <li className="loket-bron" aria-labelledby={titleId}>
      <h3 id={titleId} className="utrecht-heading-3">
        {kanaal.naam}
        <span className={`loket-badge${kanaal.actief ? ' loket-badge--ok' : ' loket-badge--uit'}`}>
          {kanaal.actief ? m.actief : m.inactief}
        </span>
      </h3>
      <DataList>
        <DataListItem>
          <DataListKey>{m.soortLabel}</DataListKey>
          <DataListValue>{m.soort[kanaal.soort] ?? kanaal.soort}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{m.webhook}</DataListKey>
          <DataListValue>
            <code className="loket-kanaal__webhook">{kanaal.webhookUrl}</code>
          </DataListValue>
        </DataListItem>
        {Object.entries(kanaal.instellingen).map(([naam, waarde]) => (
          <DataListItem key={naam}>
            <DataListKey>{m.veld[naam] ?? naam}</DataListKey>
            <DataListValue>{waarde}</DataListValue>
          </DataListItem>
        ))}
        <DataListItem>
          <DataListKey>{m.geheimen}</DataListKey>
          <DataListValue>
            {Object.entries(kanaal.geheimen)
              .map(([naam, { ingesteld }]) => `${m.veld[naam] ?? naam}: ${ingesteld ? m.geheimIngesteld : m.geheimNiet}`)
              .join(', ')}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{m.geweigerd}</DataListKey>
          <DataListValue>
            {m.geweigerdAantal(aantal, laatsteOp ? momentKort(laatsteOp, lang === 'en' ? 'en-GB' : 'nl-NL') : null)}
          </DataListValue>
        </DataListItem>
      </DataList>
      <div className="loket-bron__acties">
        <Button
          appearance="secondary-action-button"
          aria-label={m.testenLabel(kanaal.naam)}
          busy={test.bezig}
          disabled={test.bezig}
          onClick={() => void test.testen()}
        >
          {m.testen}
        </Button>
        <Button appearance="secondary-action-button" aria-label={m.bewerkenLabel(kanaal.naam)} onClick={onEdit}>
          {m.bewerken}
        </Button>
        <Button
          appearance="subtle-button"
          aria-label={kanaal.actief ? m.uitzettenLabel(kanaal.naam) : m.aanzettenLabel(kanaal.naam)}
          onClick={onToggle}
        >
          {kanaal.actief ? m.uitzetten : m.aanzetten}
        </Button>
      </div>
      <p role="status" className={test.klasse}>
        {test.tekst}
      </p>
    </li>
  );
}
