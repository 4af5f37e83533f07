import { Button, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { samen, useQuery } from '../../api/query.ts';
import { PageHeading } from '../../ui/page-heading.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { BeheerTabel } from '../beheer-tabel.tsx';
import { Melding, type BeheerMelding } from '../melding.tsx';
import { MedewerkerFormulier } from './medewerker-formulier.tsx';
import { medewerkersQueries, type BeheerMedewerker } from './medewerkers-api.ts';
import { useMedewerkersT } from './medewerkers-i18n.ts';
import '../beheer.css';
import './beheer-lijsten.css';

type Bewerking = { medewerker: BeheerMedewerker | null } | null;

/** #/beheer/medewerkers: every medewerker with roles, teams and status; add, change, switch off. */
export function MedewerkersPage({ announce }: { announce: (text: string) => void }) {
  const m = useMedewerkersT();
  const lijst = useQuery(medewerkersQueries.lijst());
  const teams = useQuery(medewerkersQueries.teams());
  const [bewerking, setBewerking] = useState<Bewerking>(null);
  const [notice, setNotice] = useState<BeheerMelding>();

  const klaar = (tekst: string) => {
    setBewerking(null);
    setNotice({ type: 'ok', tekst });
    announce(tekst);
  };
  const bewerk = (medewerker: BeheerMedewerker | null) => {
    setNotice(undefined);
    setBewerking({ medewerker });
  };

  return (
    <div className="loket-beheer">
      <PageHeading>{m.titel}</PageHeading>
      <Paragraph>{m.intro}</Paragraph>
      <Melding melding={notice} />
      <QueryState query={samen(lijst, teams)} what={m.wat}>
        {([medewerkers, alleTeams]) => (
          <>
            {bewerking ? (
              <MedewerkerFormulier
                key={bewerking.medewerker?.id ?? 'nieuw'}
                medewerker={bewerking.medewerker}
                teams={alleTeams}
                onCancel={() => setBewerking(null)}
                onSaved={(opgeslagen) =>
                  klaar(
                    !bewerking.medewerker
                      ? m.toegevoegd(opgeslagen.naam)
                      : bewerking.medewerker.actief && !opgeslagen.actief
                        ? m.uitgezet(opgeslagen.naam)
                        : m.opgeslagen(opgeslagen.naam),
                  )
                }
              />
            ) : (
              <p className="loket-beheer__nieuw">
                <Button appearance="secondary-action-button" onClick={() => bewerk(null)}>
                  {m.nieuw}
                </Button>
              </p>
            )}
            <MedewerkersTabel medewerkers={medewerkers} onEdit={bewerk} />
          </>
        )}
      </QueryState>
    </div>
  );
}

function MedewerkersTabel({ medewerkers, onEdit }: { medewerkers: BeheerMedewerker[]; onEdit: (m: BeheerMedewerker) => void }) {
  const m = useMedewerkersT();
  const k = m.kolom;
  return (
    <BeheerTabel
      rijen={medewerkers}
      geen={m.geen}
      bijschrift={m.lijst}
      koppen={[k.naam, k.gebruikersnaam, k.email, k.rollen, k.teams, k.status, k.acties]}
    >
      {(medewerker) => (
        <TableRow key={medewerker.id}>
          <TableHeaderCell scope="row">{medewerker.naam}</TableHeaderCell>
          <TableCell>{medewerker.gebruikersnaam}</TableCell>
          <TableCell>{medewerker.email ?? '—'}</TableCell>
          <TableCell>{medewerker.rollen.map((r) => m.rol[r] ?? r).join(', ')}</TableCell>
          <TableCell>{medewerker.teams.map((t) => t.naam).join(', ') || '—'}</TableCell>
          <TableCell>
            <span className={`loket-badge${medewerker.actief ? ' loket-badge--ok' : ' loket-badge--uit'}`}>
              {medewerker.actief ? m.actief : m.uit}
            </span>
          </TableCell>
          <TableCell>
            <Button appearance="subtle-button" aria-label={m.bewerkenLabel(medewerker.naam)} onClick={() => onEdit(medewerker)}>
              {m.bewerken}
            </Button>
          </TableCell>
        </TableRow>
      )}
    </BeheerTabel>
  );
}
