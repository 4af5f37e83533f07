import {
  Button,
  FormField,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { keys, samen, useQuery } from '../api/query.ts';
import { QueryState } from '../ui/query-state.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ScrollRegion } from '../ui/scroll-region.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { BarChart } from '../teamleider/bar-chart.tsx';
import { xlaRapport, type XlaIndeling, type XlaRij } from './xla-api.ts';
import { useXlaT } from './xla-i18n.ts';
import { gemiddelde, procent, standaardPeriode, weekKort } from './xla-logic.ts';

const INDELINGEN: Exclude<XlaIndeling, 'week'>[] = ['kanaal', 'onderwerp', 'team'];

/** The team lead's experience figures: a table per channel, topic or team, and the trend per week. */
export function XlaPage() {
  const x = useXlaT();
  const { t, lang } = useI18n();
  const [filter, setFilter] = useState(() => ({ ...standaardPeriode(new Date()), per: 'kanaal' as Exclude<XlaIndeling, 'week'> }));
  const [draft, setDraft] = useState(filter);
  const [fout, setFout] = useState(false);
  const rapport = (per: XlaIndeling) => ({
    queryKey: keys.xla(filter.van, filter.tot, per),
    queryFn: () => xlaRapport(filter.van, filter.tot, per),
  });
  const cijfers = samen(useQuery(rapport(filter.per)), useQuery(rapport('week')));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const probleem = !draft.van || !draft.tot || draft.tot < draft.van;
    setFout(probleem);
    if (!probleem) setFilter(draft);
  };
  const naam = (r: XlaRij) =>
    filter.per === 'kanaal'
      ? (t.kanaal[r.groep] ?? r.groep)
      : r.groep === 'onbekend'
        ? x.onbekend
        : r.groep === 'geen team'
          ? x.geenTeam
          : r.groep;
  const weekLabel = (r: XlaRij) => weekKort(r.groep, lang);

  return (
    <div className="loket-xla">
      <PageHeading>{x.titel}</PageHeading>
      <Paragraph>{x.intro}</Paragraph>
      <form className="loket-filters" aria-label={x.per} noValidate onSubmit={submit}>
        <FormField>
          <FormLabel htmlFor="xla-van">{x.van}</FormLabel>
          <Textbox
            id="xla-van"
            type="date"
            value={draft.van}
            onChange={(e: ChangeEvent<HTMLInputElement>) => setDraft((d) => ({ ...d, van: e.target.value }))}
          />
        </FormField>
        <FormField>
          <FormLabel htmlFor="xla-tot">{x.tot}</FormLabel>
          <Textbox
            id="xla-tot"
            type="date"
            value={draft.tot}
            invalid={fout}
            aria-invalid={fout || undefined}
            aria-describedby={fout ? 'xla-tot-fout' : undefined}
            onChange={(e: ChangeEvent<HTMLInputElement>) => setDraft((d) => ({ ...d, tot: e.target.value }))}
          />
          {fout && (
            <p id="xla-tot-fout" className="utrecht-form-field-error-message">
              {x.volgorde}
            </p>
          )}
        </FormField>
        <FormField>
          <FormLabel htmlFor="xla-per">{x.per}</FormLabel>
          <Select
            id="xla-per"
            value={draft.per}
            onChange={(e: ChangeEvent<HTMLSelectElement>) =>
              setDraft((d) => ({ ...d, per: e.target.value as Exclude<XlaIndeling, 'week'> }))
            }
          >
            {INDELINGEN.map((per) => (
              <SelectOption key={per} value={per}>
                {x.indeling[per]}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <Button type="submit" appearance="secondary-action-button">
          {x.toepassen}
        </Button>
      </form>
      <QueryState query={cijfers} what="GET /api/rapportage/xla">
        {([groepen, weken]) =>
          groepen.length === 0 ? (
            <Paragraph>{x.geen}</Paragraph>
          ) : (
            <>
              <section className="loket-panel" aria-labelledby="xla-tabel">
                <h2 id="xla-tabel" className="utrecht-heading-2">
                  {x.tabel(x.indeling[filter.per])}
                </h2>
                <ScrollRegion label={x.tabel(x.indeling[filter.per])}>
                  <Table>
                    <TableCaption className="loket-visually-hidden">{x.tabel(x.indeling[filter.per])}</TableCaption>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell scope="col">{x.indeling[filter.per]}</TableHeaderCell>
                        {Object.values(x.kolom).map((kolom) => (
                          <TableHeaderCell key={kolom} scope="col">
                            {kolom}
                          </TableHeaderCell>
                        ))}
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {groepen.map((r) => (
                        <TableRow key={r.groep}>
                          <TableHeaderCell scope="row">{naam(r)}</TableHeaderCell>
                          <TableCell>{r.contacten}</TableCell>
                          <TableCell>{r.enquetes}</TableCell>
                          <TableCell>{gemiddelde(r.csatGemiddeld, lang)}</TableCell>
                          <TableCell>{procent(r.csatTevreden)}</TableCell>
                          <TableCell>{procent(r.fcr)}</TableCell>
                          <TableCell>{r.herhaalcontacten}</TableCell>
                          <TableCell>{gemiddelde(r.inspanning.contactenPerVerzoek, lang)}</TableCell>
                          <TableCell>{gemiddelde(r.inspanning.kanalenPerVerzoek, lang)}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </ScrollRegion>
                <p className="loket-hint">{x.fcrUitleg}</p>
              </section>
              <section className="loket-panel" aria-labelledby="xla-weken">
                <h2 id="xla-weken" className="utrecht-heading-2">
                  {x.perWeek}
                </h2>
                <BarChart
                  title={x.tevredenheidPerWeek}
                  valueLabel={x.kolom.csatGemiddeld}
                  categoryLabel={x.weekKolom}
                  rows={weken.filter((w) => w.csatGemiddeld !== null).map((w) => ({ label: weekLabel(w), value: w.csatGemiddeld! }))}
                  format={(n) => gemiddelde(n, lang)}
                />
                <BarChart
                  title={x.fcrPerWeek}
                  valueLabel={x.kolom.fcr}
                  categoryLabel={x.weekKolom}
                  rows={weken.filter((w) => w.fcr !== null).map((w) => ({ label: weekLabel(w), value: Math.round(w.fcr! * 100) }))}
                  format={(n) => `${n}%`}
                />
              </section>
            </>
          )
        }
      </QueryState>
    </div>
  );
}
