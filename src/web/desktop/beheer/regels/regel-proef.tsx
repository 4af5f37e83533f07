import { Button, FormField, FormLabel, Paragraph, TableCell, TableRow, Textbox } from '@utrecht/component-library-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { foutmelding } from '../../api/query.ts';
import { useT } from '../../i18n/i18n.tsx';
import { BeheerTabel } from '../beheer-tabel.tsx';
import { regelsApi, type Proef, type Regel } from './regels-api.ts';
import { useRegelsT } from './regels-i18n.ts';

/** What one planned action would have done, in a line: the filled-in text, or why it would fail. */
function zou(actie: Proef['uitkomsten'][number]['acties'][number], foutTekst: (f: string) => string): string {
  if (actie.fout) return foutTekst(actie.fout);
  const z = actie.zou ?? {};
  const tekst = ['onderwerp', 'tekst', 'titel', 'gevraagdeHandeling', 'team']
    .map((k) => z[k])
    .filter((v): v is string => typeof v === 'string')
    .join(' — ');
  const ontvangers = Array.isArray(z.ontvangers) ? ` (${z.ontvangers.length} ontvanger(s))` : '';
  return `${actie.soort}: ${tekst}${ontvangers}`;
}

/** The test mode: runs the rule against the last N events and shows what it would have done; nothing is written. */
export function RegelProef({ regel, datum }: { regel: Regel; datum: (iso: string) => string }) {
  const m = useRegelsT();
  const t = useT();
  const [aantal, setAantal] = useState('20');
  const proef = useMutation({ mutationFn: regelsApi.proef });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const n = Math.min(200, Math.max(1, Number.parseInt(aantal, 10) || 20));
    proef.mutate({ id: regel.id, aantal: n });
  };
  const id = `regel-proef-${regel.id}`;
  return (
    <section className="loket-panel" aria-labelledby={`${id}-titel`}>
      <h2 id={`${id}-titel`} className="utrecht-heading-2">
        {m.proefTitel(regel.naam)}
      </h2>
      <Paragraph>{m.proefIntro}</Paragraph>
      <form onSubmit={submit} className="loket-regel-proef__form">
        <FormField>
          <FormLabel htmlFor={`${id}-aantal`}>{m.aantal}</FormLabel>
          <Textbox
            id={`${id}-aantal`}
            inputMode="numeric"
            value={aantal}
            onChange={(e: ChangeEvent<HTMLInputElement>) => setAantal(e.target.value)}
          />
        </FormField>
        <Button type="submit" appearance="primary-action-button" busy={proef.isPending} disabled={proef.isPending}>
          {m.proefStart}
        </Button>
      </form>
      {proef.error && (
        <p role="alert" className="loket-error">
          {t.app.fout(foutmelding(proef.error))}
        </p>
      )}
      <div role="status">
        {proef.data && <Paragraph>{m.proefBekeken(proef.data.bekeken, proef.data.uitkomsten.filter((u) => u.past).length)}</Paragraph>}
      </div>
      {proef.data && proef.data.uitkomsten.length > 0 && (
        <BeheerTabel rijen={proef.data.uitkomsten} bijschrift={m.proefTitel(regel.naam)} koppen={Object.values(m.proefKolom)}>
          {(u) => (
            <TableRow key={u.gebeurtenisId}>
              <TableCell>{datum(u.ontvangenOp)}</TableCell>
              <TableCell>{u.soort}</TableCell>
              <TableCell>{u.past ? m.ja : m.nee}</TableCell>
              <TableCell>{u.fout ? m.zouFout(u.fout) : u.acties.map((a, i) => <div key={i}>{zou(a, m.zouFout)}</div>)}</TableCell>
            </TableRow>
          )}
        </BeheerTabel>
      )}
    </section>
  );
}
