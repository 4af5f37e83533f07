import { Button, Fieldset, FieldsetLegend, FormField, FormLabel, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { forwardRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { api, ApiError } from '../api/client.ts';
import type { Afhandeling } from '../api/types.ts';
import { useCollegas } from '../api/use-collegas.ts';
import { useT } from '../i18n/i18n.tsx';
import { gekozenCategorie } from './afhandeling-logic.ts';
import { OnderwerpVeld } from './onderwerp-veld.tsx';
import { useOnderwerpen } from './use-onderwerpen.ts';

/** The results the server takes (POST /api/gesprekken/:id/afhandeling), in the order the form offers them. */
const RESULTATEN: Afhandeling['resultaat'][] = ['beantwoord', 'doorverwezen', 'contactverzoek', 'niet_bereikt'];
const isResultaat = (value: string): value is Afhandeling['resultaat'] => (RESULTATEN as string[]).includes(value);

/**
 * Topic and outcome of the contact, optionally with a contactverzoek for a colleague or team
 * (chosen from GET /api/collegas), then the
 * gesprek is closed. Without the afhandeling route on the server it only closes the gesprek.
 */
export const AfhandelingForm = forwardRef<
  HTMLHeadingElement,
  { gesprekId: string; actorId: string; vraag: string; onDone: (message: string) => void }
>(function AfhandelingForm({ gesprekId, actorId, vraag, onDone }, headingRef) {
  const t = useT();
  const onderwerpen = useOnderwerpen(vraag);
  const [resultaat, setResultaat] = useState<Afhandeling['resultaat']>('beantwoord');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [ontvanger, setOntvanger] = useState('');
  const [ontvangerFout, setOntvangerFout] = useState(false);
  const collegas = useCollegas();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const categorie = form.has('keuze')
      ? gekozenCategorie(String(form.get('keuze')), String(form.get('anders') ?? ''))
      : String(form.get('categorie') ?? '').trim();
    if (!categorie) return setError(t.afhandeling.verplicht);
    const input: Afhandeling = { categorie, resultaat };
    if (resultaat === 'contactverzoek') {
      // Without the colleagues list the contactverzoek falls back to the agent's own actor.
      const actorIds = collegas === null ? [actorId] : ontvanger ? [ontvanger] : [];
      setOntvangerFout(actorIds.length === 0);
      if (actorIds.length === 0) return setError(t.afhandeling.ontvangerVerplicht);
      const uiterlijk = String(form.get('uiterlijkOp') ?? '');
      input.contactverzoek = {
        gevraagdeHandeling: String(form.get('gevraagdeHandeling') ?? '') || categorie,
        toelichting: String(form.get('toelichting') ?? '') || undefined,
        actorIds,
        uiterlijkOp: uiterlijk ? new Date(uiterlijk).toISOString() : undefined,
      };
    }
    setBusy(true);
    setError(undefined);
    try {
      let message = t.afhandeling.gelukt;
      try {
        await api.afhandeling(gesprekId, input);
      } catch (e) {
        if (!(e instanceof ApiError && e.missing)) throw e;
        message = t.afhandeling.terugval;
      }
      const gesprek = await api.gesprek(gesprekId);
      if (gesprek.status !== 'afgehandeld') await api.transition(gesprekId, 'afhandelen');
      onDone(message);
    } catch (e) {
      setError(t.app.fout(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="afhandeling-titel" className="loket-panel loket-afhandeling">
      <h2 id="afhandeling-titel" ref={headingRef} tabIndex={-1} className="utrecht-heading-2">
        {t.afhandeling.titel}
      </h2>
      <OnderwerpVeld onderwerpen={onderwerpen} />
      <FormField>
        <FormLabel htmlFor="afhandeling-resultaat">{t.afhandeling.resultaat}</FormLabel>
        <Select
          id="afhandeling-resultaat"
          value={resultaat}
          onChange={(e: ChangeEvent<HTMLSelectElement>) => {
            if (isResultaat(e.target.value)) setResultaat(e.target.value);
          }}
        >
          {RESULTATEN.map((r) => (
            <SelectOption key={r} value={r}>
              {t.afhandeling.resultaten[r]}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      {resultaat === 'contactverzoek' && (
        <Fieldset>
          <FieldsetLegend>{t.afhandeling.contactverzoek}</FieldsetLegend>
          <FormField>
            {collegas === null ? (
              <p className="loket-hint">{t.afhandeling.collegasOntbreken}</p>
            ) : (
              <>
                <FormLabel htmlFor="afhandeling-ontvanger">{t.afhandeling.ontvanger}</FormLabel>
                <Select
                  id="afhandeling-ontvanger"
                  name="ontvanger"
                  required
                  value={ontvanger}
                  invalid={ontvangerFout}
                  aria-describedby={ontvangerFout ? 'afhandeling-fout' : undefined}
                  onChange={(e: ChangeEvent<HTMLSelectElement>) => {
                    setOntvanger(e.target.value);
                    setOntvangerFout(false);
                  }}
                >
                  <SelectOption value="">{collegas === undefined ? t.app.laden : t.afhandeling.kiesOntvanger}</SelectOption>
                  {collegas && collegas.teams.length > 0 && (
                    <optgroup label={t.afhandeling.teams}>
                      {collegas.teams.map((team) => (
                        <SelectOption key={team.id} value={team.actorId}>
                          {t.gesprek.team(team.naam)}
                        </SelectOption>
                      ))}
                    </optgroup>
                  )}
                  {collegas && collegas.results.length > 0 && (
                    <optgroup label={t.afhandeling.collegas}>
                      {collegas.results.map((c) => (
                        <SelectOption key={c.medewerkerId} value={c.actorId}>
                          {c.naam}
                        </SelectOption>
                      ))}
                    </optgroup>
                  )}
                </Select>
              </>
            )}
          </FormField>
          <FormField>
            <FormLabel htmlFor="afhandeling-handeling">{t.afhandeling.gevraagdeHandeling}</FormLabel>
            <Textbox id="afhandeling-handeling" name="gevraagdeHandeling" />
          </FormField>
          <FormField>
            <FormLabel htmlFor="afhandeling-toelichting">{t.afhandeling.toelichting}</FormLabel>
            <Textbox id="afhandeling-toelichting" name="toelichting" />
          </FormField>
          <FormField>
            <FormLabel htmlFor="afhandeling-uiterlijk">{t.afhandeling.uiterlijkOp}</FormLabel>
            <Textbox id="afhandeling-uiterlijk" name="uiterlijkOp" type="date" />
          </FormField>
        </Fieldset>
      )}
      {error && (
        <p role="alert" id="afhandeling-fout" className="loket-error">
          {error}
        </p>
      )}
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        {t.afhandeling.vastleggen}
      </Button>
    </form>
  );
});
