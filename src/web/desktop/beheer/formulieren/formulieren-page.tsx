import {
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
import { useState } from 'react';
import { keys, useInvalidate, useQuery } from '../../api/query.ts';
import { PageHeading } from '../../ui/page-heading.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { FormulierBewerken } from './formulier-bewerken.tsx';
import { formulierenApi, formulierenQueries, type Formulier } from './formulieren-api.ts';
import { useFormulierenT } from './formulieren-i18n.ts';
import { Melding, type BeheerMelding } from '../melding.tsx';
import '../beheer.css';
import './formulieren.css';

/** #/beheer/formulieren: the web forms, how many submissions each had, a link to each and an editor. */
export function FormulierenPage({ announce }: { announce: (text: string) => void }) {
  const m = useFormulierenT();
  const lijst = useQuery(formulierenQueries.lijst());
  const invalidate = useInvalidate();
  const [bewerking, setBewerking] = useState<{ formulier: Formulier | null } | null>(null);
  const [notice, setNotice] = useState<BeheerMelding>();

  return (
    <div className="loket-beheer">
      <PageHeading>{m.titel}</PageHeading>
      <Paragraph>{m.intro}</Paragraph>
      <Melding melding={notice} />
      {bewerking ? (
        <FormulierBewerken
          key={bewerking.formulier?.id ?? 'nieuw'}
          formulier={bewerking.formulier}
          onCancel={() => setBewerking(null)}
          onSaved={(titel) => {
            setBewerking(null);
            setNotice({ type: 'ok', tekst: m.opgeslagen(titel) });
            announce(m.opgeslagen(titel));
            void invalidate(keys.formulieren());
          }}
        />
      ) : (
        <p className="loket-beheer__nieuw">
          <Button appearance="secondary-action-button" onClick={() => (setNotice(undefined), setBewerking({ formulier: null }))}>
            {m.nieuw}
          </Button>
        </p>
      )}
      <QueryState query={lijst} what={m.wat}>
        {(formulieren) =>
          formulieren.length === 0 ? (
            <p className="loket-hint">{m.geen}</p>
          ) : (
            <div className="loket-formulieren__tabel">
              <Table>
                <TableCaption>{m.lijst}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{m.kolom.titel}</TableHeaderCell>
                    <TableHeaderCell scope="col">{m.kolom.adres}</TableHeaderCell>
                    <TableHeaderCell scope="col">{m.kolom.status}</TableHeaderCell>
                    <TableHeaderCell scope="col" className="loket-getal">
                      {m.kolom.inzendingen}
                    </TableHeaderCell>
                    <TableHeaderCell scope="col">{m.kolom.acties}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {formulieren.map((formulier) => (
                    <TableRow key={formulier.id}>
                      <TableHeaderCell scope="row">{formulier.titel}</TableHeaderCell>
                      <TableCell>
                        <a
                          href={formulierenApi.paginaUrl(formulier.id)}
                          target="_blank"
                          rel="noreferrer"
                          aria-label={m.openen(formulier.titel)}
                        >
                          {formulierenApi.paginaUrl(formulier.id)}
                        </a>
                      </TableCell>
                      <TableCell>{formulier.actief ? m.actief : m.inactief}</TableCell>
                      <TableCell className="loket-getal">{formulier.inzendingen}</TableCell>
                      <TableCell>
                        <Button
                          appearance="secondary-action-button"
                          aria-label={m.bewerkenLabel(formulier.titel)}
                          onClick={() => (setNotice(undefined), setBewerking({ formulier }))}
                        >
                          {m.bewerken}
                        </Button>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )
        }
      </QueryState>
    </div>
  );
}
