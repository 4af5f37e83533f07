import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { Kanaalgrenzen as Grenzen } from '../api/types.ts';
import { formatDuration, useT } from '../i18n/i18n.tsx';
import { bijlagePerLink, venster } from './kanaalgrenzen-logic.ts';

const HOUR_S = 3600;

/** The channel's limits above the reply: the 24-hour window, the length of one message, attachments. */
export function KanaalgrenzenInfo({ grenzen, now }: { grenzen: Grenzen; now: number }) {
  const t = useT();
  const g = t.gesprek.grenzen;
  const kanaal = t.kanaal[grenzen.kanaal] ?? grenzen.kanaal;
  const v = venster(grenzen, now);
  return (
    <section className="loket-grenzen" aria-labelledby="grenzen-titel">
      <h3 id="grenzen-titel" className="utrecht-heading-3">
        {g.titel(kanaal)}
      </h3>
      <dl className="loket-grenzen__lijst">
        <div>
          <dt>{g.venster}</dt>
          <dd
            data-testid="venster"
            className={
              v.staat === 'dicht'
                ? 'loket-grenzen--dicht'
                : v.staat === 'open' && v.secondenOver < HOUR_S
                  ? 'loket-grenzen--bijna'
                  : undefined
            }
          >
            {v.staat === 'geen' && g.vensterGeen}
            {v.staat === 'open' && g.vensterOpen(formatDuration(t, v.secondenOver), t.tijd.datum(v.sluitOp))}
            {v.staat === 'open' && v.secondenOver < HOUR_S && ` ${g.bijnaDicht}`}
            {v.staat === 'dicht' && g.vensterDicht}
          </dd>
        </div>
        <div>
          <dt>{g.maxLengte}</dt>
          <dd>{grenzen.maxLengte ? g.tekens(grenzen.maxLengte) : g.geenMax}</dd>
        </div>
        <div>
          <dt>{g.bijlagen}</dt>
          <dd>{bijlagePerLink(grenzen.kanaal) ? g.bijlagenLink : g.bijlagenNee}</dd>
        </div>
      </dl>
      {v.staat === 'dicht' && (
        <Alert type="warning" id="venster-dicht">
          <Paragraph>{v.sjablonen && v.sinds ? g.dichtSjablonen(t.tijd.datum(v.sinds)) : g.dicht}</Paragraph>
          <Paragraph>{t.gesprek.antwoord.geblokkeerd}</Paragraph>
        </Alert>
      )}
    </section>
  );
}
