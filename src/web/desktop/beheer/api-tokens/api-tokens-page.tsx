import { Button, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { foutmelding, keys, useApiMutation, useQuery } from '../../api/query.ts';
import { momentKort } from '../../i18n/datum.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { PageHeading } from '../../ui/page-heading.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { BeheerTabel } from '../beheer-tabel.tsx';
import { Melding, type BeheerMelding } from '../melding.tsx';
import { apiTokensApi, apiTokensQueries, type ApiToken } from './api-tokens-api.ts';
import { useApiTokensT } from './api-tokens-i18n.ts';
import { TokenFormulier } from './token-formulier.tsx';
import { TokenIntrekken } from './token-intrekken.tsx';
import { TokenSleutel } from './token-sleutel.tsx';
import '../beheer.css';
import '../medewerkers/beheer-lijsten.css';

/** #/beheer/api-tokens: tokens for integrations; create (the key shown once) and revoke. */
export function ApiTokensPage({ announce }: { announce: (text: string) => void }) {
  const m = useApiTokensT();
  const { t, lang } = useI18n();
  const lijst = useQuery(apiTokensQueries.lijst());
  const [nieuw, setNieuw] = useState<{ naam: string; sleutel: string }>();
  const [weg, setWeg] = useState<ApiToken>();
  const [notice, setNotice] = useState<BeheerMelding>();
  const intrekken = useApiMutation(apiTokensApi.trekIn, () => [keys.apiTokens()]);
  const datum = (iso: string) => momentKort(iso, lang === 'en' ? 'en-GB' : 'nl-NL');

  const trekIn = async (token: ApiToken) => {
    try {
      await intrekken.mutateAsync(token.id);
      setWeg(undefined);
      const tekst = m.ingetrokkenMelding(token.naam);
      setNotice({ type: 'ok', tekst });
      announce(tekst);
    } catch {
      // The dialog shows the error from the mutation's state.
    }
  };

  return (
    <div className="loket-beheer">
      <PageHeading>{m.titel}</PageHeading>
      <Paragraph>{m.intro}</Paragraph>
      <Melding melding={notice} />
      {nieuw ? (
        <TokenSleutel naam={nieuw.naam} sleutel={nieuw.sleutel} announce={announce} onClose={() => setNieuw(undefined)} />
      ) : (
        <TokenFormulier
          onCreated={({ naam, sleutel }) => {
            setNotice(undefined);
            setNieuw({ naam, sleutel });
            announce(m.gemaakt(naam));
          }}
        />
      )}
      <QueryState query={lijst} what={m.wat}>
        {(tokens) => (
          <BeheerTabel rijen={tokens} geen={m.geen} bijschrift={m.lijst} koppen={Object.values(m.kolom)}>
            {(token) => (
              <TableRow key={token.id}>
                <TableHeaderCell scope="row">{token.naam}</TableHeaderCell>
                <TableCell>{m.rollen[token.rol] ?? token.rol}</TableCell>
                <TableCell>{datum(token.aangemaaktOp)}</TableCell>
                <TableCell>{token.laatstGebruiktOp ? datum(token.laatstGebruiktOp) : m.nooit}</TableCell>
                <TableCell>
                  <span className={`loket-badge${token.ingetrokkenOp ? ' loket-badge--uit' : ' loket-badge--ok'}`}>
                    {token.ingetrokkenOp ? m.ingetrokken(datum(token.ingetrokkenOp)) : m.actief}
                  </span>
                </TableCell>
                <TableCell>
                  {!token.ingetrokkenOp && (
                    <Button
                      appearance="subtle-button"
                      hint="danger"
                      aria-label={m.intrekkenLabel(token.naam)}
                      onClick={() => (intrekken.reset(), setWeg(token))}
                    >
                      {m.intrekken}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            )}
          </BeheerTabel>
        )}
      </QueryState>
      {weg && (
        <TokenIntrekken
          token={weg}
          busy={intrekken.isPending}
          fout={intrekken.error ? t.app.fout(foutmelding(intrekken.error)) : undefined}
          onConfirm={() => void trekIn(weg)}
          onClose={() => setWeg(undefined)}
        />
      )}
    </div>
  );
}
