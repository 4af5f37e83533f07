import {
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
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
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { request } from '../api/client.ts';
import { keys, useInvalidate, useQuery } from '../api/query.ts';
import { useCollegas } from '../api/use-collegas.ts';
import { QueryState } from '../ui/query-state.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useCoordinatieT } from './coordinatie-i18n.ts';
import { werklijstQueries, type Taak } from './werklijst-api.ts';

interface Herverdeeld {
  resultaten: { id: string; resultaat: 'ok' | 'fout'; code: string | null }[];
  gelukt: number;
  mislukt: number;
}

/** The team lead's section of the werklijst: open and late tasks per afdeling, and reassigning several tasks at once. */
export function CoordinatiePanel({ taken }: { taken: Taak[] }) {
  const c = useCoordinatieT();
  const { lang } = useI18n();
  const collegas = useCollegas();
  const afdelingen = useQuery(werklijstQueries.coordinatie());
  const invalidate = useInvalidate();
  const [gekozen, setGekozen] = useState<Set<string>>(new Set());
  const [naar, setNaar] = useState('');
  const [melding, setMelding] = useState<{ tekst: string; fouten: string[] } | null>(null);
  const getal = (n: number) => n.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 });
  const open = taken.filter((t) => t.status === 'te_verwerken');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (gekozen.size === 0 || !naar) return setMelding({ tekst: c.nietsGekozen, fouten: [] });
    const r = await request<Herverdeeld>('POST', '/api/interne-taken/herverdelen', { taakIds: [...gekozen], actorId: naar });
    const naam = (id: string) => taken.find((t) => t.id === id)?.gevraagdeHandeling ?? id;
    setMelding({
      tekst: c.resultaat(r.gelukt, r.mislukt),
      fouten: r.resultaten.filter((x) => x.resultaat === 'fout').map((x) => c.mislukt(naam(x.id), x.code ?? '')),
    });
    setGekozen(new Set());
    // The lists and the figures per afdeling both change.
    void invalidate(keys.taken());
  };

  return (
    <section className="loket-panel loket-coordinatie" aria-labelledby="coordinatie-titel">
      <h2 id="coordinatie-titel" className="utrecht-heading-2">
        {c.titel}
      </h2>
      <QueryState query={afdelingen} what={c.wat}>
        {(rijen) =>
          rijen.length === 0 ? (
            <Paragraph>{c.geen}</Paragraph>
          ) : (
            <Table>
              <TableCaption className="loket-visually-hidden">{c.titel}</TableCaption>
              <TableHeader>
                <TableRow>
                  {[c.afdeling, c.open, c.teLaat, c.verstreken, c.termijn].map((kop) => (
                    <TableHeaderCell key={kop} scope="col">
                      {kop}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {rijen.map((a) => (
                  <TableRow key={a.afdelingId ?? 'geen'}>
                    <TableHeaderCell scope="row">{a.afdeling ?? c.zonderAfdeling}</TableHeaderCell>
                    <TableCell>{a.open}</TableCell>
                    <TableCell>{a.teLaat}</TableCell>
                    <TableCell>{getal(a.gemiddeldVerstrekenWerkdagen)}</TableCell>
                    <TableCell>{getal(a.gemiddeldeTermijnWerkdagen)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )
        }
      </QueryState>
      {open.length > 0 && (
        <form className="loket-coordinatie__herverdelen" noValidate onSubmit={(e) => void submit(e)}>
          <h3 className="utrecht-heading-3">{c.herverdelen}</h3>
          <Fieldset>
            <FieldsetLegend>{c.kiesTaken}</FieldsetLegend>
            {open.map((t) => (
              <FormField key={t.id} type="checkbox">
                <Checkbox
                  id={`herverdeel-${t.id}`}
                  checked={gekozen.has(t.id)}
                  onChange={() =>
                    setGekozen((s) => {
                      const next = new Set(s);
                      if (!next.delete(t.id)) next.add(t.id);
                      return next;
                    })
                  }
                />
                <FormLabel htmlFor={`herverdeel-${t.id}`} type="checkbox">
                  {t.gevraagdeHandeling}
                </FormLabel>
              </FormField>
            ))}
          </Fieldset>
          <FormField>
            <FormLabel htmlFor="herverdeel-naar">{c.naar}</FormLabel>
            <Select id="herverdeel-naar" value={naar} onChange={(e: React.ChangeEvent<HTMLSelectElement>) => setNaar(e.target.value)}>
              <SelectOption value="">{c.kies}</SelectOption>
              {collegas && (
                <>
                  <optgroup label={c.teams}>
                    {collegas.teams.map((t) => (
                      <SelectOption key={t.actorId} value={t.actorId}>
                        {t.naam}
                      </SelectOption>
                    ))}
                  </optgroup>
                  <optgroup label={c.collegas}>
                    {collegas.results.map((m) => (
                      <SelectOption key={m.actorId} value={m.actorId}>
                        {m.naam}
                      </SelectOption>
                    ))}
                  </optgroup>
                </>
              )}
            </Select>
          </FormField>
          <Button type="submit" appearance="secondary-action-button">
            {c.versturen}
          </Button>
          <div role="status">
            {melding && (
              <>
                <Paragraph>{melding.tekst}</Paragraph>
                {melding.fouten.length > 0 && (
                  <ul>
                    {melding.fouten.map((f) => (
                      <li key={f}>{f}</li>
                    ))}
                  </ul>
                )}
              </>
            )}
          </div>
        </form>
      )}
    </section>
  );
}
