import { Button, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { foutmelding, keys, useApiMutation, useQuery } from '../../api/query.ts';
import { momentKort } from '../../i18n/datum.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { PageHeading } from '../../ui/page-heading.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { BeheerTabel } from '../beheer-tabel.tsx';
import { Melding, type BeheerMelding } from '../melding.tsx';
import { GebeurtenissenSectie } from './gebeurtenissen-sectie.tsx';
import { RegelFormulier } from './regel-formulier.tsx';
import { RegelProef } from './regel-proef.tsx';
import { RegelVerwijderen } from './regel-verwijderen.tsx';
import { regelsApi, regelsQueries, type Regel } from './regels-api.ts';
import { useRegelsT, type RegelsMessages } from './regels-i18n.ts';
import '../beheer.css';
import '../medewerkers/beheer-lijsten.css';
import './regels.css';

/** "Status · zaken · In behandeling": when a rule applies, in a few words. */
function wanneer(regel: Regel, m: RegelsMessages): string {
  const { bron, voorwaarden, ...rest } = regel.match;
  const delen = Object.values(rest).filter((v): v is string => typeof v === 'string');
  const voorwaardenTekst = (voorwaarden ?? []).map((v) => `${v.pad} ${m.operatoren[v.operator] ?? v.operator} ${v.waarde ?? ''}`.trim());
  return [m.bronnen[bron] ?? bron, ...delen, ...voorwaardenTekst].join(' · ');
}

/** #/beheer/regels: the rules on events (list, create, edit, switch on/off, delete, proef) and the events that came in. */
export function RegelsPage({ announce }: { announce: (text: string) => void }) {
  const m = useRegelsT();
  const { t, lang } = useI18n();
  const lijst = useQuery(regelsQueries.lijst());
  const [bewerk, setBewerk] = useState<string>();
  const [proef, setProef] = useState<string>();
  const [weg, setWeg] = useState<Regel>();
  const [notice, setNotice] = useState<BeheerMelding>();
  const verwijderen = useApiMutation(regelsApi.verwijder, () => [keys.regels()]);
  const datum = (iso: string) => momentKort(iso, lang === 'en' ? 'en-GB' : 'nl-NL');
  const meld = (tekst: string) => {
    setNotice({ type: 'ok', tekst });
    announce(tekst);
  };
  const verwijder = async (regel: Regel) => {
    try {
      await verwijderen.mutateAsync(regel.id);
      setWeg(undefined);
      if (bewerk === regel.id) setBewerk(undefined);
      if (proef === regel.id) setProef(undefined);
      meld(m.verwijderd(regel.naam));
    } catch {
      // The dialog shows the error from the mutation's state.
    }
  };

  return (
    <div className="loket-beheer">
      <PageHeading>{m.titel}</PageHeading>
      <Paragraph>{m.intro}</Paragraph>
      <Melding melding={notice} />
      <QueryState query={lijst} what={m.wat}>
        {(regels) => (
          <>
            <BeheerTabel rijen={regels} geen={m.geen} bijschrift={m.lijst} koppen={Object.values(m.kolom)}>
              {(regel) => {
                const mislukt = regel.uitkomsten.filter((u) => u.status === 'mislukt').length;
                return (
                  <TableRow key={regel.id}>
                    <TableHeaderCell scope="row">{regel.naam}</TableHeaderCell>
                    <TableCell>{wanneer(regel, m)}</TableCell>
                    <TableCell>{regel.acties.map((a) => m.actieSoorten[a.soort] ?? a.soort).join(', ')}</TableCell>
                    <TableCell>
                      <span className={`loket-badge${regel.actief ? ' loket-badge--ok' : ' loket-badge--uit'}`}>
                        {regel.actief ? m.aan : m.uit}
                      </span>
                      {mislukt > 0 && <span className="loket-badge loket-badge--uit">{m.mislukt(mislukt)}</span>}
                    </TableCell>
                    <TableCell>
                      <div className="loket-regel-knoppen">
                        <Button
                          appearance="subtle-button"
                          aria-label={m.bewerkenLabel(regel.naam)}
                          aria-expanded={bewerk === regel.id}
                          onClick={() => setBewerk(bewerk === regel.id ? undefined : regel.id)}
                        >
                          {m.bewerken}
                        </Button>
                        <Button
                          appearance="subtle-button"
                          aria-label={m.proefLabel(regel.naam)}
                          aria-expanded={proef === regel.id}
                          onClick={() => setProef(proef === regel.id ? undefined : regel.id)}
                        >
                          {m.proefKnop}
                        </Button>
                        <Button
                          appearance="subtle-button"
                          hint="danger"
                          aria-label={m.verwijderenLabel(regel.naam)}
                          onClick={() => (verwijderen.reset(), setWeg(regel))}
                        >
                          {m.verwijderen}
                        </Button>
                      </div>
                    </TableCell>
                  </TableRow>
                );
              }}
            </BeheerTabel>
            {regels
              .filter((r) => r.id === bewerk)
              .map((r) => (
                <RegelFormulier
                  key={r.id}
                  regel={r}
                  onStop={() => setBewerk(undefined)}
                  onSaved={(opgeslagen) => {
                    setBewerk(undefined);
                    meld(m.opgeslagen(opgeslagen.naam));
                  }}
                />
              ))}
            {regels
              .filter((r) => r.id === proef)
              .map((r) => (
                <RegelProef key={r.id} regel={r} datum={datum} />
              ))}
          </>
        )}
      </QueryState>
      {!bewerk && <RegelFormulier onSaved={(opgeslagen) => meld(m.opgeslagen(opgeslagen.naam))} />}
      <GebeurtenissenSectie datum={datum} />
      {weg && (
        <RegelVerwijderen
          regel={weg}
          busy={verwijderen.isPending}
          fout={verwijderen.error ? t.app.fout(foutmelding(verwijderen.error)) : undefined}
          onConfirm={() => void verwijder(weg)}
          onClose={() => setWeg(undefined)}
        />
      )}
    </div>
  );
}
