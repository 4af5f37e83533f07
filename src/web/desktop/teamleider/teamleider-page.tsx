import {
  Button,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { api, request } from '../api/client.ts';
import { keys, useInvalidate, useQuery } from '../api/query.ts';
import type { PresenceStatus } from '../api/types.ts';
import { QueryState } from '../ui/query-state.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ScrollRegion } from '../ui/scroll-region.tsx';
import { formatDuration, useT } from '../i18n/i18n.tsx';
import { BarChart } from './bar-chart.tsx';
import { GesprekOverdragen } from './gesprek-overdragen.tsx';

const REFRESH_MS = 15_000;
/** The server documents a presence status as a string; one this desktop has no label for is shown as is. */
const PRESENCE: readonly string[] = ['beschikbaar', 'pauze', 'offline'] satisfies PresenceStatus[];
const isPresenceStatus = (status: string): status is PresenceStatus => PRESENCE.includes(status);

/**
 * Live queue lengths, longest waits, agents' statuses and today's volumes for the team lead: live
 * events make the overview stale (api/live-keys.ts), and it refreshes every 15 s for the waits.
 */
export function TeamleiderPage() {
  const t = useT();
  const [melding, setMelding] = useState<string>();
  const teruggeven = async (m: { id: string; naam: string }) => {
    try {
      const { teruggelegd } = await request<{ teruggelegd: number }>(
        'POST',
        `/api/teamleider/medewerkers/${encodeURIComponent(m.id)}/gesprekken-teruggeven`,
      );
      setMelding(t.teamleider.teruggegeven(m.naam, teruggelegd));
      void reload();
    } catch (e) {
      setMelding(t.app.fout(e instanceof Error ? e.message : String(e)));
    }
  };
  const overzicht = useQuery({ queryKey: keys.teamleider(), queryFn: api.teamleider, refetchInterval: REFRESH_MS });
  const { dataUpdatedAt } = overzicht;
  const invalidate = useInvalidate();
  const reload = () => invalidate(keys.teamleider());
  const kanaal = (k: string) => t.kanaal[k] ?? k;

  return (
    <div className="loket-teamleider">
      <PageHeading>{t.teamleider.titel}</PageHeading>
      <QueryState query={overzicht} what="GET /api/teamleider/overzicht">
        {(overzicht) => (
          <>
            <p className="loket-hint">{t.teamleider.bijgewerkt(t.tijd.tijdstip(new Date(dataUpdatedAt).toISOString()))}</p>
            <div className="loket-cards">
              <section className="loket-panel" aria-labelledby="tl-wachtrijen">
                <h2 id="tl-wachtrijen" className="utrecht-heading-2">
                  {t.teamleider.wachtrijen}
                </h2>
                <BarChart
                  title={t.teamleider.wachtend}
                  valueLabel={t.teamleider.wachtend}
                  rows={overzicht.wachtrijen.map((w) => ({ label: kanaal(w.kanaal), value: w.wachtend }))}
                />
                <BarChart
                  title={t.teamleider.langste}
                  valueLabel={t.teamleider.langsteKolom}
                  rows={overzicht.wachtrijen.map((w) => ({ label: kanaal(w.kanaal), value: w.langsteWachttijdSeconden }))}
                  format={(s) => formatDuration(t, s)}
                />
              </section>
              <section className="loket-panel" aria-labelledby="tl-vandaag">
                <h2 id="tl-vandaag" className="utrecht-heading-2">
                  {t.teamleider.vandaag}
                </h2>
                <BarChart
                  title={t.teamleider.aantalPerKanaal}
                  valueLabel={t.teamleider.aantal}
                  rows={overzicht.vandaag.map((v) => ({ label: kanaal(v.kanaal), value: v.aantal }))}
                />
              </section>
            </div>
            <section className="loket-panel" aria-labelledby="tl-medewerkers">
              <h2 id="tl-medewerkers" className="utrecht-heading-2">
                {t.teamleider.medewerkers}
              </h2>
              <ScrollRegion label={t.teamleider.medewerkers}>
                <Table>
                  <TableCaption className="loket-visually-hidden">{t.teamleider.medewerkers}</TableCaption>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell scope="col">{t.teamleider.naam}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t.teamleider.status}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t.teamleider.actief}</TableHeaderCell>
                      <TableHeaderCell scope="col">{t.teamleider.acties}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {overzicht.medewerkers.map((m) => (
                      <TableRow key={m.id}>
                        <TableHeaderCell scope="row">{m.naam}</TableHeaderCell>
                        <TableCell>
                          <span className={`loket-presence-badge loket-presence-badge--${m.status}`}>
                            {isPresenceStatus(m.status) ? t.aanwezigheid[m.status] : m.status}
                          </span>
                        </TableCell>
                        <TableCell>{m.actieveGesprekken}</TableCell>
                        <TableCell>
                          {m.actieveGesprekken > 0 && (
                            <>
                              <Button appearance="secondary-action-button" onClick={() => void teruggeven(m)}>
                                {t.teamleider.teruggeven(m.naam, m.actieveGesprekken)}
                              </Button>
                              <GesprekOverdragen
                                medewerker={m}
                                onDone={(bericht) => {
                                  setMelding(bericht);
                                  void reload();
                                }}
                              />
                            </>
                          )}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </ScrollRegion>
              <p role="status" className="loket-hint">
                {melding}
              </p>
            </section>
          </>
        )}
      </QueryState>
    </div>
  );
}
