import {
  Alert,
  Button,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { api } from '../api/client.ts';
import { keys, useInvalidate } from '../api/query.ts';
import type { InboxItem, Medewerker } from '../api/types.ts';
import { useKeys } from '../ui/keys.ts';
import { PageHeading } from '../ui/page-heading.tsx';
import { href, navigate } from '../ui/route.ts';
import { ScrollRegion } from '../ui/scroll-region.tsx';
import { useNow } from '../ui/use-now.ts';
import { formatDuration, useT } from '../i18n/i18n.tsx';
import { InboxFilterBar } from './inbox-filters.tsx';
import { DEFAULT_FILTERS, formatClock, moveSelection, secondsSince, slaState, type InboxFilters } from './inbox-logic.ts';
import { useInbox } from './use-inbox.ts';
import { useZoekenT } from '../zoeken/zoeken-i18n.ts';
import '../zoeken/zoeken.css';
import { useOrdenenT } from '../ordenen/ordenen-i18n.ts';
import '../ordenen/ordenen.css';

function SlaCell({ deadline, now }: { deadline: string | null; now: number }) {
  const t = useT();
  const sla = slaState(deadline, now);
  if (sla.state === 'geen') return <span className="loket-sla loket-sla--geen">{t.inbox.geenSla}</span>;
  const text = sla.state === 'verlopen' ? t.inbox.slaTeLaat(formatClock(sla.seconds)) : t.inbox.slaOver(formatClock(sla.seconds));
  return <span className={`loket-sla loket-sla--${sla.state}`}>{text}</span>;
}

export function InboxPage({ me, announce }: { me: Medewerker; announce: (text: string) => void }) {
  const t = useT();
  const z = useZoekenT();
  const o = useOrdenenT();
  const now = useNow();
  const [filters, setFilters] = useState<InboxFilters>(DEFAULT_FILTERS);
  const [selected, setSelected] = useState<string>();
  const table = useRef<HTMLTableElement>(null);
  const invalidate = useInvalidate();
  const inbox = useInbox(filters, me.id, (item) =>
    announce(t.inbox.nieuw(t.kanaal[item.kanaal] ?? item.kanaal, item.partij?.naam ?? t.inbox.onbekend)),
  );
  const items = inbox.state === 'klaar' ? inbox.items : [];

  const select = (step: 1 | -1) => {
    const next = moveSelection(
      items.map((i) => i.id),
      selected,
      step,
    );
    setSelected(next);
    if (next) table.current?.querySelector<HTMLAnchorElement>(`[data-gesprek="${next}"]`)?.focus();
  };
  useKeys({
    j: () => select(1),
    k: () => select(-1),
  });

  const take = async (item: InboxItem) => {
    await api.take(item.id);
    void invalidate(keys.inbox(), keys.gesprek(item.id));
    navigate(href.gesprek(item.id));
  };

  return (
    <div className="loket-inbox">
      <div className="loket-inbox__head">
        <PageHeading>{t.inbox.titel}</PageHeading>
        {inbox.state === 'klaar' && <p className="loket-count">{t.inbox.aantal(items.length)}</p>}
        <a className="loket-inbox__afgehandeld" href={href.zoeken({ status: 'afgehandeld' })}>
          {z.afgehandeld}
        </a>
      </div>
      <InboxFilterBar value={filters} onChange={setFilters} />
      <Paragraph className="loket-hint">{t.inbox.hulp}</Paragraph>
      {inbox.state === 'klaar' && inbox.terugval && (
        <Alert type="warning">
          <Paragraph>{t.inbox.terugval}</Paragraph>
        </Alert>
      )}
      {inbox.state === 'fout' && (
        <Alert type="error">
          <Paragraph>{t.app.fout(inbox.message)}</Paragraph>
        </Alert>
      )}
      {inbox.state === 'laden' && <Paragraph role="status">{t.app.laden}</Paragraph>}
      {inbox.state === 'klaar' && items.length === 0 && <Paragraph className="loket-empty">{t.inbox.leeg}</Paragraph>}
      {items.length > 0 && (
        <ScrollRegion label={t.inbox.tabel}>
          <Table ref={table} className="loket-inbox__table">
            <TableCaption className="loket-visually-hidden">{t.inbox.tabel}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t.inbox.kolomOnderwerp}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.inbox.kolomKanaal}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.inbox.kolomPartij}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.inbox.kolomWacht}</TableHeaderCell>
                <TableHeaderCell scope="col">{t.inbox.kolomToegewezen}</TableHeaderCell>
                <TableHeaderCell scope="col">{o.kolomLabels}</TableHeaderCell>
                <TableHeaderCell scope="col">{filters.weergave === 'gesluimerd' ? o.kolomGesluimerd : t.inbox.kolomSla}</TableHeaderCell>
                <TableHeaderCell scope="col">
                  <span className="loket-visually-hidden">{t.gesprek.acties}</span>
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((item) => (
                <TableRow key={item.id} className={item.id === selected ? 'loket-row--selected' : undefined}>
                  <TableHeaderCell scope="row">
                    <a href={href.gesprek(item.id)} data-gesprek={item.id} onFocus={() => setSelected(item.id)}>
                      {item.onderwerp ?? t.inbox.geenOnderwerp(t.kanaal[item.kanaal] ?? item.kanaal)}
                    </a>
                  </TableHeaderCell>
                  <TableCell>
                    <span className={`loket-channel loket-channel--${item.kanaal}`}>{t.kanaal[item.kanaal] ?? item.kanaal}</span>
                  </TableCell>
                  <TableCell>{item.partij?.naam ?? t.inbox.onbekend}</TableCell>
                  <TableCell>{item.wachtSinds ? formatDuration(t, secondsSince(item.wachtSinds, now) ?? 0) : '—'}</TableCell>
                  <TableCell>{item.toegewezenAan?.naam ?? item.team?.naam ?? t.inbox.niemand}</TableCell>
                  <TableCell>
                    {item.labels.length > 0 && (
                      <ul className="loket-labels">
                        {item.labels.map((label) => (
                          <li key={label} className="loket-label">
                            {label}
                          </li>
                        ))}
                      </ul>
                    )}
                  </TableCell>
                  <TableCell>
                    {item.gesluimerdTot ? t.tijd.datum(item.gesluimerdTot) : <SlaCell deadline={item.slaDeadline} now={now} />}
                  </TableCell>
                  <TableCell>
                    {item.toegewezenAan === null && (
                      <Button
                        appearance="secondary-action-button"
                        onClick={() => void take(item).catch(() => navigate(href.gesprek(item.id)))}
                      >
                        {t.inbox.oppakken}
                        <span className="loket-visually-hidden">
                          : {item.onderwerp ?? t.inbox.geenOnderwerp(t.kanaal[item.kanaal] ?? item.kanaal)}
                        </span>
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
      )}
    </div>
  );
}
