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
import { useQuery } from '../../api/query.ts';
import { momentKort } from '../../i18n/datum.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { PageHeading } from '../../ui/page-heading.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { NormFormulier } from './norm-formulier.tsx';
import { duur, termijnenQueries } from './termijnen-api.ts';
import { useTermijnenT } from './termijnen-i18n.ts';
import '../beheer.css';
import '../medewerkers/beheer-lijsten.css';

/**
 * #/beheer/termijnen: the service norms per channel, which the beheerder sets here, and the
 * retention periods, to read: they are server settings (set by law or policy at deployment), and
 * the screen names the variable that sets each.
 */
export function TermijnenPage({ announce }: { announce: (text: string) => void }) {
  const m = useTermijnenT();
  const [bewerkt, setBewerkt] = useState<string>();
  const tabel = useRef<HTMLDivElement>(null);
  const sluit = (kanaal: string, melding?: string) => {
    setBewerkt(undefined);
    if (melding) announce(melding);
    requestAnimationFrame(() => tabel.current?.querySelector<HTMLElement>(`#norm-knop-${kanaal}`)?.focus());
  };
  const { lang } = useI18n();
  const normen = useQuery(termijnenQueries.servicenormen());
  const bewaren = useQuery(termijnenQueries.bewaartermijnen());
  const datum = (iso: string) => momentKort(iso, lang === 'en' ? 'en-GB' : 'nl-NL');
  const kop = (koppen: Record<string, string>) => (
    <TableHeader>
      <TableRow>
        {Object.values(koppen).map((k) => (
          <TableHeaderCell key={k} scope="col">
            {k}
          </TableHeaderCell>
        ))}
      </TableRow>
    </TableHeader>
  );

  return (
    <div className="loket-beheer">
      <PageHeading>{m.titel}</PageHeading>
      <Paragraph>{m.intro}</Paragraph>
      <section aria-labelledby="normen-titel" className="loket-panel">
        <h2 id="normen-titel" className="utrecht-heading-2">
          {m.normen.titel}
        </h2>
        <Paragraph>{m.normen.uitleg}</Paragraph>
        <Alert type="info">
          <Paragraph>{m.normen.vast}</Paragraph>
        </Alert>
        <QueryState query={normen} what={m.normen.wat}>
          {({ kanalen, standaardNormSeconden }) => (
            <>
              <div className="loket-beheer__tabel" ref={tabel}>
                <Table>
                  <TableCaption className="loket-visually-hidden">{m.normen.titel}</TableCaption>
                  {kop(m.normen.kolom)}
                  <TableBody>
                    {kanalen.map((k) => (
                      <TableRow key={k.kanaal}>
                        <TableHeaderCell scope="row">{m.kanaal[k.kanaal] ?? k.kanaal}</TableHeaderCell>
                        <TableCell>{duur(k.normSeconden, m.eenheden)}</TableCell>
                        <TableCell>{m.normen.doel(k.doelPercentage)}</TableCell>
                        <TableCell>{k.capaciteit}</TableCell>
                        <TableCell>
                          <Button
                            id={`norm-knop-${k.kanaal}`}
                            appearance="secondary-action-button"
                            aria-expanded={bewerkt === k.kanaal}
                            onClick={() => setBewerkt(k.kanaal)}
                          >
                            {m.bewerken.knop(m.kanaal[k.kanaal] ?? k.kanaal)}
                          </Button>
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
              {kanalen
                .filter((k) => k.kanaal === bewerkt)
                .map((k) => (
                  <NormFormulier
                    key={k.kanaal}
                    norm={k}
                    onSaved={() => sluit(k.kanaal, m.bewerken.opgeslagen(m.kanaal[k.kanaal] ?? k.kanaal))}
                    onCancel={() => sluit(k.kanaal)}
                  />
                ))}
              <Paragraph>{m.normen.anders(duur(standaardNormSeconden, m.eenheden))}</Paragraph>
            </>
          )}
        </QueryState>
      </section>
      <section aria-labelledby="bewaren-titel" className="loket-panel">
        <h2 id="bewaren-titel" className="utrecht-heading-2">
          {m.bewaren.titel}
        </h2>
        <Paragraph>{m.bewaren.uitleg}</Paragraph>
        <Paragraph>{m.bewaren.wijzigen}</Paragraph>
        <QueryState query={bewaren} what={m.bewaren.wat}>
          {(regels) => (
            <div className="loket-beheer__tabel">
              <Table>
                <TableCaption className="loket-visually-hidden">{m.bewaren.titel}</TableCaption>
                {kop(m.bewaren.kolom)}
                <TableBody>
                  {regels.map((r) => (
                    <TableRow key={r.regel}>
                      <TableHeaderCell scope="row">{r.omschrijving}</TableHeaderCell>
                      <TableCell>{r.dagen === null ? m.bewaren.perRij : m.bewaren.dagen(r.dagen)}</TableCell>
                      <TableCell>{r.variabele ? <code>{r.variabele}</code> : m.bewaren.vast}</TableCell>
                      <TableCell>{r.laatstOp ? m.bewaren.laatst(datum(r.laatstOp), r.laatstAantal) : m.bewaren.nooit}</TableCell>
                      <TableCell>{r.totaal}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
        </QueryState>
      </section>
    </div>
  );
}
