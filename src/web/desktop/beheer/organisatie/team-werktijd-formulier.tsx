import { Fieldset, FieldsetLegend, FormFieldDescription } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { foutmelding, keys, useApiMutation } from '../../api/query.ts';
import { useT } from '../../i18n/i18n.tsx';
import { BeheerFormulier, useFormulierFocus } from '../beheer-formulier.tsx';
import { Veld } from '../bron-velden.tsx';
import { Vinkveld } from '../formulier-veld.tsx';
import { FormulierVoet } from '../formulier-voet.tsx';
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
  const focus = useFormulierFocus(FOUT_ID);
  const { fout, setFout } = focus;
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
    <BeheerFormulier focus={focus} titelId="werktijd-titel" titel={m.titel(team.naam)} kop={3} onSubmit={submit}>
      <Vinkveld
        id="werktijd-eigen"
        name="eigen"
        label={m.eigen}
        hulp={m.eigenHulp}
        checked={waarden.eigen}
        onChange={(eigen) => setWaarden((w) => ({ ...w, eigen }))}
      />
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
      <FormulierVoet foutId={FOUT_ID} focusbaar fout={fout?.tekst} busy={opslaan.isPending} teksten={m} onCancel={onCancel} />
    </BeheerFormulier>
  );
}
