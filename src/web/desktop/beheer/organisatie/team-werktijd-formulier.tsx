import { Button, Checkbox, Fieldset, FieldsetLegend, FormField, FormFieldDescription, FormLabel } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { foutmelding, keys, useApiMutation } from '../../api/query.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Veld } from '../bron-velden.tsx';
import { organisatieApi, type BeheerTeam, type TeamWerktijd } from './organisatie-api.ts';
import { useOrganisatieT } from './organisatie-i18n.ts';
import { beginwaarden, WEEKDAGEN, werktijdInvoer, type Openingstijden, type WerktijdFormulier } from './werktijd-logic.ts';

const FOUT_ID = 'werktijd-fout';

/** A team's own opening hours (or the KCC's) and its call-back term, checked as the server will. */
export function TeamWerktijdFormulier({ team, onSaved, onCancel }: { team: BeheerTeam; onSaved: () => void; onCancel: () => void }) {
  const m = useOrganisatieT().werktijd;
  const t = useT();
  const [waarden, setWaarden] = useState<WerktijdFormulier>(() =>
    beginwaarden(team.openingstijden as Openingstijden | null, team.terugbeltermijnWerkdagen),
  );
  const [fout, setFout] = useState<{ veld: string; tekst: string }>();
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (fout) form.current?.querySelector<HTMLElement>(fout.veld ? `[name="${fout.veld}"]` : `#${FOUT_ID}`)?.focus();
  }, [fout]);
  const opslaan = useApiMutation(
    (invoer: TeamWerktijd) => organisatieApi.werktijd(team.id, invoer),
    () => [keys.teams()],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const uitkomst = werktijdInvoer(waarden);
    if ('fout' in uitkomst) {
      const { veld, soort } = uitkomst.fout;
      const tekst = soort === 'tijden' || soort === 'gelijk' ? m.fouten[soort](m.dag[veld as keyof typeof m.dag]) : m.fouten[soort];
      return setFout({ veld: veld === 'dagen' ? 'ma' : veld, tekst });
    }
    setFout(undefined);
    try {
      await opslaan.mutateAsync(uitkomst.invoer);
      onSaved();
    } catch (e) {
      setFout({ veld: '', tekst: t.app.fout(foutmelding(e)) });
    }
  };

  const dagVelden: Record<string, string> = { ...waarden.dagen, termijn: waarden.termijn };
  const set = (name: string, value: string) =>
    setWaarden((w) => (name === 'termijn' ? { ...w, termijn: value } : { ...w, dagen: { ...w.dagen, [name]: value } }));
  return (
    <form
      ref={form}
      className="loket-panel loket-bron-formulier"
      aria-labelledby="werktijd-titel"
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h3 id="werktijd-titel" ref={heading} tabIndex={-1} className="utrecht-heading-3">
        {m.titel(team.naam)}
      </h3>
      <FormField type="checkbox" className="loket-bron-formulier__actief">
        <Checkbox
          id="werktijd-eigen"
          name="eigen"
          checked={waarden.eigen}
          aria-describedby="werktijd-eigen-hulp"
          onChange={(e) => setWaarden((w) => ({ ...w, eigen: e.target.checked }))}
        />
        <FormLabel htmlFor="werktijd-eigen" type="checkbox">
          {m.eigen}
        </FormLabel>
        <FormFieldDescription id="werktijd-eigen-hulp">{m.eigenHulp}</FormFieldDescription>
      </FormField>
      {waarden.eigen && (
        <Fieldset aria-describedby="werktijd-dagen-hulp" className="loket-keuzegroep">
          <FieldsetLegend>{m.dagen}</FieldsetLegend>
          <FormFieldDescription id="werktijd-dagen-hulp">{m.dagenHulp}</FormFieldDescription>
          {WEEKDAGEN.map((dag) => (
            <Veld key={dag} name={dag} label={m.dag[dag]} waarden={dagVelden} fout={fout} onChange={set} idPrefix="werktijd" />
          ))}
        </Fieldset>
      )}
      <Veld
        name="termijn"
        label={m.termijn}
        hulp={m.termijnHulp}
        inputMode="numeric"
        waarden={dagVelden}
        fout={fout}
        onChange={set}
        idPrefix="werktijd"
      />
      {fout && (
        <p id={FOUT_ID} role="alert" tabIndex={-1} className="loket-error">
          {fout.tekst}
        </p>
      )}
      <div className="loket-bron-formulier__acties">
        <Button type="submit" appearance="primary-action-button" busy={opslaan.isPending} disabled={opslaan.isPending}>
          {m.opslaan}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel} disabled={opslaan.isPending}>
          {m.annuleren}
        </Button>
      </div>
    </form>
  );
}
