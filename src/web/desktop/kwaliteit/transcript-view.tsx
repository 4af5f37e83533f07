import { Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../i18n/i18n.tsx';
import type { Segment } from './kwaliteit-api.ts';
import { useKwaliteitT } from './kwaliteit-i18n.ts';
import { KwIcon, type IconName } from './kwaliteit-icon.tsx';
import { seconden, tijdcode, transcriptItems, type TranscriptItem } from './transcript-logic.ts';

/**
 * The transcript with its spots marked. Every mark is a text label with an icon beside it (the
 * icon hidden from screen readers), so nothing depends on colour or on seeing the icon.
 */
export function TranscriptView({ segmenten }: { segmenten: Segment[] }) {
  const k = useKwaliteitT();
  if (segmenten.length === 0) return <Paragraph className="loket-empty">{k.gesprek.geenSegmenten}</Paragraph>;
  return (
    <>
      <Legenda />
      <ol className="loket-kw-transcript" aria-label={k.gesprek.transcript}>
        {transcriptItems(segmenten).map((item) =>
          item.soort === 'segment' ? (
            <SegmentItem key={`s${item.segment.index}`} item={item} />
          ) : (
            <StilteItem key={`p${item.naSegment}`} item={item} />
          ),
        )}
      </ol>
    </>
  );
}

const ICONS: IconName[] = ['waarschuwing', 'verificatie', 'stilte', 'zin'];

function Legenda() {
  const { legenda } = useKwaliteitT().gesprek;
  return (
    <p className="loket-hint loket-kw-legenda">
      {legenda.titel}:{' '}
      {ICONS.map((name, i) => (
        <span key={name}>
          <KwIcon name={name} /> {legenda[name]}
          {i < ICONS.length - 1 ? ', ' : '.'}
        </span>
      ))}
    </p>
  );
}

function SegmentItem({ item }: { item: Extract<TranscriptItem, { soort: 'segment' }> }) {
  const k = useKwaliteitT();
  const { segment, onthullingen, zinnen, geverifieerd } = item;
  const gegeven = (kind: string) => k.gesprek.gegeven[kind] ?? kind;
  const overtreding = onthullingen.some((o) => o.voorVerificatie);
  const classes = [
    'loket-kw-seg',
    `loket-kw-seg--${segment.speaker === 'agent' ? 'agent' : 'klant'}`,
    overtreding && 'loket-kw-seg--overtreding',
    geverifieerd && 'loket-kw-seg--geverifieerd',
  ];
  const hasMarks = onthullingen.length > 0 || zinnen.length > 0 || geverifieerd;
  return (
    <li className={classes.filter(Boolean).join(' ')} data-testid={`kw-segment-${segment.index}`}>
      <p className="loket-kw-seg__meta">
        <span className="loket-kw-seg__spreker">{k.gesprek.spreker[segment.speaker] ?? segment.speaker}</span>{' '}
        <span className="loket-hint">
          {k.gesprek.fragment(segment.index + 1)}, {tijdcode(segment.start)}
          {segment.end > segment.start && `–${tijdcode(segment.end)}`}
        </span>
      </p>
      <p className="loket-kw-seg__tekst">{segment.text}</p>
      {hasMarks && (
        <ul className="loket-kw-marks">
          {geverifieerd && (
            <li className="loket-kw-mark loket-kw-mark--geverifieerd">
              <KwIcon name="verificatie" /> {k.gesprek.geverifieerd}
            </li>
          )}
          {onthullingen.map((o, i) => (
            <li key={`o${i}`} className={`loket-kw-mark loket-kw-mark--${o.voorVerificatie ? 'overtreding' : 'gedeeld'}`}>
              {o.voorVerificatie ? (
                <strong>
                  <KwIcon name="waarschuwing" /> {k.gesprek.onthullingVoor(gegeven(o.gegeven))}
                </strong>
              ) : (
                k.gesprek.onthullingNa(gegeven(o.gegeven))
              )}
            </li>
          ))}
          {zinnen.map((zin, i) => (
            <li key={`z${i}`} className="loket-kw-mark loket-kw-mark--zin">
              <KwIcon name="zin" /> {k.gesprek.zin(zin)}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function StilteItem({ item }: { item: Extract<TranscriptItem, { soort: 'stilte' }> }) {
  const { lang } = useI18n();
  const k = useKwaliteitT();
  return (
    <li className="loket-kw-stilte" data-testid={`kw-stilte-${item.naSegment}`}>
      <KwIcon name="stilte" /> {k.gesprek.stilte(seconden(item.seconden, lang))}{' '}
      <span className="loket-hint">({item.artikelId ? k.gesprek.stilteArtikel(item.artikelId) : k.gesprek.stilteGeenArtikel})</span>
    </li>
  );
}
