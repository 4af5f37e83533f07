import { Button, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { BeheerTabel } from '../beheer-tabel.tsx';
import { AfdelingFormulier } from './afdeling-formulier.tsx';
import type { Afdeling, BeheerTeam } from './organisatie-api.ts';
import { useOrganisatieT } from './organisatie-i18n.ts';

/** The afdelingen with their group mailbox, assignment e-mail and teams; add and edit. */
export function AfdelingenSectie({
  afdelingen,
  teams,
  onDone,
}: {
  afdelingen: Afdeling[];
  teams: BeheerTeam[];
  onDone: (melding: string, focusId: string) => void;
}) {
  const m = useOrganisatieT().afdelingen;
  const [bewerk, setBewerk] = useState<{ afdeling: Afdeling | null }>();
  return (
    <section aria-labelledby="afdelingen-titel" className="loket-panel">
      <h2 id="afdelingen-titel" className="utrecht-heading-2">
        {m.titel}
      </h2>
      {bewerk ? (
        <AfdelingFormulier
          key={bewerk.afdeling?.id ?? 'nieuw'}
          afdeling={bewerk.afdeling}
          teams={teams}
          onCancel={() => setBewerk(undefined)}
          onSaved={(afdeling) => {
            setBewerk(undefined);
            onDone(m.opgeslagen(afdeling.naam), `afdeling-${afdeling.id}`);
          }}
        />
      ) : (
        <p className="loket-beheer__nieuw">
          <Button appearance="secondary-action-button" onClick={() => setBewerk({ afdeling: null })}>
            {m.nieuw}
          </Button>
        </p>
      )}
      <BeheerTabel rijen={afdelingen} geen={m.geen} bijschrift={m.titel} bijschriftVerborgen koppen={Object.values(m.kolom)}>
        {(afdeling) => (
          <TableRow key={afdeling.id}>
            <TableHeaderCell scope="row">{afdeling.naam}</TableHeaderCell>
            <TableCell>{afdeling.groepsmailbox ?? '—'}</TableCell>
            <TableCell>{m.melding[afdeling.toewijzingsmelding] ?? afdeling.toewijzingsmelding}</TableCell>
            <TableCell>{afdeling.teams.map((team) => team.naam).join(', ') || '—'}</TableCell>
            <TableCell>
              <Button
                id={`afdeling-${afdeling.id}`}
                appearance="subtle-button"
                aria-label={m.bewerkenLabel(afdeling.naam)}
                onClick={() => setBewerk({ afdeling })}
              >
                {m.bewerken}
              </Button>
            </TableCell>
          </TableRow>
        )}
      </BeheerTabel>
    </section>
  );
}
