import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { samen, useQuery } from '../../api/query.ts';
import { PageHeading } from '../../ui/page-heading.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { AfdelingenSectie } from './afdelingen-sectie.tsx';
import { TeamsSectie } from './teams-sectie.tsx';
import { organisatieQueries } from './organisatie-api.ts';
import { useOrganisatieT } from './organisatie-i18n.ts';
import '../beheer.css';
import '../medewerkers/beheer-lijsten.css';

/** #/beheer/teams: teams (members, opening hours, call-back term) and the afdelingen that group them. */
export function OrganisatiePage({ announce }: { announce: (text: string) => void }) {
  const m = useOrganisatieT();
  const teams = useQuery(organisatieQueries.teams());
  const afdelingen = useQuery(organisatieQueries.afdelingen());
  const [notice, setNotice] = useState<string>();
  // A fresh object each time, so focusing the same element twice runs the effect twice.
  const [focusNaar, setFocusNaar] = useState<{ id: string }>();

  // After a save the form closes; focus goes to the button of the row that changed, the notice is announced.
  const klaar = (tekst: string, focusId: string) => {
    setNotice(tekst);
    announce(tekst);
    setFocusNaar({ id: focusId });
  };
  // Focus moves after the commit that closes the form or dialog: a closing <dialog> hands focus back
  // to the button that opened it, and a frame callback could run before that and lose the race.
  useEffect(() => {
    if (focusNaar) document.getElementById(focusNaar.id)?.focus();
  }, [focusNaar]);

  return (
    <div className="loket-beheer">
      <PageHeading>{m.titel}</PageHeading>
      <Paragraph>{m.intro}</Paragraph>
      {notice && (
        <Alert type="ok" className="loket-notice">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      )}
      <QueryState query={samen(teams, afdelingen)} what={m.wat}>
        {([alleTeams, alleAfdelingen]) => (
          <>
            <TeamsSectie teams={alleTeams} afdelingen={alleAfdelingen} onDone={klaar} />
            <AfdelingenSectie afdelingen={alleAfdelingen} teams={alleTeams} onDone={klaar} />
          </>
        )}
      </QueryState>
    </div>
  );
}
