import {
  Button,
  FormField,
  FormLabel,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import { Fragment, useState, type ChangeEvent, type FormEvent } from 'react';
import { foutmelding, keys, useApiMutation } from '../../api/query.ts';
import { useT } from '../../i18n/i18n.tsx';
import { href } from '../../ui/route.ts';
import { organisatieApi, type Afdeling, type BeheerTeam } from './organisatie-api.ts';
import { useOrganisatieT } from './organisatie-i18n.ts';
import { TeamWerktijdFormulier } from './team-werktijd-formulier.tsx';
import { WEEKDAGEN, type Openingstijden } from './werktijd-logic.ts';

/** The standard call-back term (werktijd.service STANDAARD_TERMIJN_WERKDAGEN). */
const STANDAARD_TERMIJN = 2;

/** The teams: members, afdeling, hours and term, with adding a team and changing its working time. */
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
  const [bewerk, setBewerk] = useState<string>();
  const [naam, setNaam] = useState('');
  const [fout, setFout] = useState<string>();
  const maak = useApiMutation(organisatieApi.maakTeam, () => [keys.teams()]);
  const afdelingVan = (id: string | null) => afdelingen.find((a) => a.id === id)?.naam ?? m.geenAfdeling;
  const tijden = (ot: Openingstijden | null) =>
    ot === null
      ? m.zoalsKcc
      : WEEKDAGEN.filter((d) => ot[d])
          .map((d) => `${o.werktijd.dag[d].slice(0, 2)} ${ot[d]}`)
          .join(', ');

  const toevoegen = async (event: FormEvent) => {
    event.preventDefault();
    if (!naam.trim()) return setFout(m.naamLeeg);
    setFout(undefined);
    try {
      const team = await maak.mutateAsync(naam.trim());
      setNaam('');
      onDone(m.toegevoegd(team.naam), `team-${team.id}`);
    } catch (e) {
      setFout(t.app.fout(foutmelding(e)));
    }
  };

  return (
    <section aria-labelledby="teams-titel" className="loket-panel">
      <h2 id="teams-titel" className="utrecht-heading-2">
        {m.titel}
      </h2>
      <form className="loket-beheer__nieuw loket-beheer__team-nieuw" onSubmit={(e) => void toevoegen(e)} noValidate>
        <FormField>
          <FormLabel htmlFor="team-naam">{m.naam}</FormLabel>
          <Textbox
            id="team-naam"
            name="naam"
            value={naam}
            invalid={fout !== undefined}
            aria-describedby={fout ? 'team-fout' : undefined}
            onChange={(e: ChangeEvent<HTMLInputElement>) => setNaam(e.target.value)}
            autoComplete="off"
          />
        </FormField>
        <Button type="submit" appearance="secondary-action-button" busy={maak.isPending} disabled={maak.isPending}>
          {m.nieuw}
        </Button>
      </form>
      {fout && (
        <p id="team-fout" role="alert" className="loket-error">
          {fout}
        </p>
      )}
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
                        aria-expanded={bewerk === team.id}
                        onClick={() => setBewerk(bewerk === team.id ? undefined : team.id)}
                      >
                        {m.werktijdWijzigen}
                      </Button>
                    </TableCell>
                  </TableRow>
                  {bewerk === team.id && (
                    <TableRow>
                      <TableCell colSpan={6}>
                        <TeamWerktijdFormulier
                          team={team}
                          onCancel={() => setBewerk(undefined)}
                          onSaved={() => {
                            setBewerk(undefined);
                            onDone(o.werktijd.opgeslagen(team.naam), `team-${team.id}`);
                          }}
                        />
                      </TableCell>
                    </TableRow>
                  )}
                </Fragment>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
