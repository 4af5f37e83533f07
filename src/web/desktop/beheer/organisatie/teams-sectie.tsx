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
import { Fragment, useState } from 'react';
import { foutmelding, keys, useApiMutation } from '../../api/query.ts';
import { useT } from '../../i18n/i18n.tsx';
import { href } from '../../ui/route.ts';
import { BevestigDialoog } from '../bevestig-dialoog.tsx';
import { organisatieApi, type Afdeling, type BeheerTeam } from './organisatie-api.ts';
import { useOrganisatieT } from './organisatie-i18n.ts';
import { TeamNaamFormulier } from './team-naam-formulier.tsx';
import { TeamToevoegen } from './team-toevoegen.tsx';
import { TeamWerktijdFormulier } from './team-werktijd-formulier.tsx';
import { WEEKDAGEN, type Openingstijden } from './werktijd-logic.ts';

/** The standard call-back term (werktijd.service STANDAARD_TERMIJN_WERKDAGEN). */
const STANDAARD_TERMIJN = 2;

/** The teams: members, afdeling, hours and term; add a team, change its working time or name, delete it. */
export function TeamsSectie({
  teams,
  afdelingen,
  onDone,
}: {
  teams: BeheerTeam[];
  afdelingen: Afdeling[];
  onDone: (melding: string, focusId: string) => void;
}) {
  const o = useOrganisatieT();
  const m = o.teams;
  const t = useT();
  const [bewerk, setBewerk] = useState<{ id: string; wat: 'werktijd' | 'naam' }>();
  const [weg, setWeg] = useState<BeheerTeam>();
  const verwijderen = useApiMutation(organisatieApi.verwijderTeam, () => [keys.teams(), keys.afdelingen()]);
  const open = (id: string, wat: 'werktijd' | 'naam') => bewerk?.id === id && bewerk.wat === wat;
  const wissel = (id: string, wat: 'werktijd' | 'naam') => setBewerk(open(id, wat) ? undefined : { id, wat });
  // Cancelling closes the form; focus goes back to the button that opened it.
  const sluit = (knopId: string) => {
    setBewerk(undefined);
    requestAnimationFrame(() => document.getElementById(knopId)?.focus());
  };
  const afdelingVan = (id: string | null) => afdelingen.find((a) => a.id === id)?.naam ?? m.geenAfdeling;
  const tijden = (ot: Openingstijden | null) =>
    ot === null
      ? m.zoalsKcc
      : WEEKDAGEN.filter((d) => ot[d])
          .map((d) => `${o.werktijd.dag[d].slice(0, 2)} ${ot[d]}`)
          .join(', ');

  // The row is gone, so focus goes to the teams heading; a refusal stays in the dialog (its mutation's error).
  const verwijder = async (team: BeheerTeam) => {
    try {
      await verwijderen.mutateAsync(team.id);
      setWeg(undefined);
      if (bewerk?.id === team.id) setBewerk(undefined);
      onDone(o.verwijderen.verwijderd(team.naam), 'teams-titel');
    } catch {
      // The dialog shows the error from the mutation's state.
    }
  };

  return (
    <section aria-labelledby="teams-titel" className="loket-panel">
      <h2 id="teams-titel" tabIndex={-1} className="utrecht-heading-2">
        {m.titel}
      </h2>
      <TeamToevoegen onDone={onDone} />
      <Paragraph>
        {m.ledenHulp} <a href={href.beheerMedewerkers}>{m.naarMedewerkers}</a>
      </Paragraph>
      {teams.length === 0 ? (
        <Paragraph>{m.geen}</Paragraph>
      ) : (
        <div className="loket-beheer__tabel">
          <Table>
            <TableCaption className="loket-visually-hidden">{m.titel}</TableCaption>
            <TableHeader>
              <TableRow>
                {Object.values(m.kolom).map((kop) => (
                  <TableHeaderCell key={kop} scope="col">
                    {kop}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {teams.map((team) => (
                <Fragment key={team.id}>
                  <TableRow>
                    <TableHeaderCell scope="row">{team.naam}</TableHeaderCell>
                    <TableCell>{afdelingVan(team.afdelingId)}</TableCell>
                    <TableCell>{team.leden.map((l) => (l.actief ? l.naam : m.uitgezet(l.naam))).join(', ') || m.geenLeden}</TableCell>
                    <TableCell>{tijden(team.openingstijden as Openingstijden | null)}</TableCell>
                    <TableCell>
                      {team.terugbeltermijnWerkdagen === null
                        ? m.standaardTermijn(STANDAARD_TERMIJN)
                        : m.werkdagen(team.terugbeltermijnWerkdagen)}
                    </TableCell>
                    <TableCell>
                      <Button
                        id={`team-${team.id}`}
                        appearance="subtle-button"
                        aria-label={m.werktijdWijzigenLabel(team.naam)}
                        aria-expanded={open(team.id, 'werktijd')}
                        onClick={() => wissel(team.id, 'werktijd')}
                      >
                        {m.werktijdWijzigen}
                      </Button>
                      <Button
                        id={`team-hernoem-${team.id}`}
                        appearance="subtle-button"
                        aria-label={m.hernoemenLabel(team.naam)}
                        aria-expanded={open(team.id, 'naam')}
                        onClick={() => wissel(team.id, 'naam')}
                      >
                        {m.hernoemen}
                      </Button>
                      <Button
                        appearance="subtle-button"
                        hint="danger"
                        aria-label={m.verwijderenLabel(team.naam)}
                        onClick={() => (verwijderen.reset(), setWeg(team))}
                      >
                        {m.verwijderen}
                      </Button>
                    </TableCell>
                  </TableRow>
                  {bewerk?.id === team.id && (
                    <TableRow>
                      <TableCell colSpan={6}>
                        {bewerk.wat === 'werktijd' ? (
                          <TeamWerktijdFormulier
                            team={team}
                            onCancel={() => sluit(`team-${team.id}`)}
                            onSaved={() => {
                              setBewerk(undefined);
                              onDone(o.werktijd.opgeslagen(team.naam), `team-${team.id}`);
                            }}
                          />
                        ) : (
                          <TeamNaamFormulier
                            team={team}
                            onCancel={() => sluit(`team-hernoem-${team.id}`)}
                            onSaved={(naam) => {
                              setBewerk(undefined);
                              onDone(o.hernoemen.hernoemd(team.naam, naam), `team-hernoem-${team.id}`);
                            }}
                          />
                        )}
                      </TableCell>
                    </TableRow>
                  )}
                </Fragment>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {weg && (
        <BevestigDialoog
          id="team-verwijderen"
          titel={o.verwijderen.titel}
          tekst={o.verwijderen.tekst(weg.naam)}
          bevestig={o.verwijderen.bevestig(weg.naam)}
          annuleren={o.verwijderen.annuleren}
          busy={verwijderen.isPending}
          fout={verwijderen.error ? t.app.fout(foutmelding(verwijderen.error)) : undefined}
          onConfirm={() => void verwijder(weg)}
          onClose={() => setWeg(undefined)}
        />
      )}
    </section>
  );
}
