import { Button, Fieldset, FieldsetLegend, FormField, FormLabel, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import type { PartijSummary, PartijZoekvraag } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';

const POSTCODE = /^[1-9][0-9]{3} ?[A-Za-z]{2}$/;
const field = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/**
 * For an anonymous gesprek: find the citizen (GET /api/partijen) or register them
 * (POST /api/partijen), then link the gesprek (PUT /api/gesprekken/:id/partij). The partij stays
 * masked until the agent verifies the citizen, which the parent shows next.
 */
export function PartijZoeken({ gesprekId, onLinked }: { gesprekId: string; onLinked: (message: string) => void }) {
  const t = useT();
  const [results, setResults] = useState<PartijSummary[]>();
  const [zoekFout, setZoekFout] = useState<string>();
  const [registreerFout, setRegistreerFout] = useState<string>();
  const [busy, setBusy] = useState<'zoeken' | 'koppelen' | 'registreren'>();
  const fout = (e: unknown) => t.app.fout(e instanceof Error ? e.message : String(e));

  const search = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const vraag: PartijZoekvraag = { naam: field(form, 'naam'), telefoonnummer: field(form, 'telefoonnummer'), email: field(form, 'email'), postcode: field(form, 'postcode') };
    setZoekFout(undefined);
    if (!Object.values(vraag).some(Boolean)) return setZoekFout(t.zoeken.minstensEen);
    if (vraag.naam && vraag.naam.length < 2) return setZoekFout(t.zoeken.naamTeKort);
    setBusy('zoeken');
    try {
      setResults((await api.searchPartijen(vraag)).results);
    } catch (e) {
      setResults(undefined);
      setZoekFout(fout(e));
    } finally {
      setBusy(undefined);
    }
  };

  const link = async (partij: PartijSummary) => {
    setBusy('koppelen');
    setZoekFout(undefined);
    try {
      await api.linkPartij(gesprekId, partij.id);
      onLinked(t.zoeken.gekoppeld(partij.volledigeNaam));
    } catch (e) {
      setZoekFout(fout(e));
      setBusy(undefined);
    }
  };

  const register = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const persoon = { voornaam: field(form, 'voornaam'), achternaam: field(form, 'achternaam'), geboortedatum: field(form, 'geboortedatum'), postcode: field(form, 'postcode') };
    setRegistreerFout(undefined);
    if (!Object.values(persoon).every(Boolean)) return setRegistreerFout(t.zoeken.verplicht);
    if (!POSTCODE.test(persoon.postcode)) return setRegistreerFout(t.zoeken.postcodeOngeldig);
    setBusy('registreren');
    try {
      const partij = await api.createPersoon(persoon);
      await api.linkPartij(gesprekId, partij.id);
      onLinked(t.zoeken.geregistreerd(partij.volledigeNaam ?? `${persoon.voornaam} ${persoon.achternaam}`));
    } catch (e) {
      setRegistreerFout(fout(e));
      setBusy(undefined);
    }
  };

  return (
    <section aria-labelledby="zoeken-titel" className="loket-panel loket-partij-zoeken">
      <h2 id="zoeken-titel" className="utrecht-heading-2">
        {t.zoeken.titel}
      </h2>
      <Paragraph>{t.zoeken.uitleg}</Paragraph>
      <form role="search" aria-labelledby="zoeken-legend" onSubmit={(e) => void search(e)} noValidate>
        <Fieldset>
          <FieldsetLegend id="zoeken-legend">{t.zoeken.zoekOp}</FieldsetLegend>
          <FormField>
            <FormLabel htmlFor="zoeken-naam">{t.zoeken.naam}</FormLabel>
            <Textbox id="zoeken-naam" name="naam" autoComplete="off" maxLength={100} />
          </FormField>
          <FormField>
            <FormLabel htmlFor="zoeken-telefoonnummer">{t.zoeken.telefoonnummer}</FormLabel>
            <Textbox id="zoeken-telefoonnummer" name="telefoonnummer" type="tel" autoComplete="off" maxLength={30} />
          </FormField>
          <FormField>
            <FormLabel htmlFor="zoeken-email">{t.zoeken.email}</FormLabel>
            <Textbox id="zoeken-email" name="email" type="email" autoComplete="off" maxLength={254} />
          </FormField>
          <FormField>
            <FormLabel htmlFor="zoeken-postcode">{t.zoeken.postcode}</FormLabel>
            <Textbox id="zoeken-postcode" name="postcode" autoComplete="off" maxLength={7} />
          </FormField>
        </Fieldset>
        {zoekFout && (
          <p role="alert" className="loket-error">
            {zoekFout}
          </p>
        )}
        <Button type="submit" appearance="secondary-action-button" busy={busy === 'zoeken'} disabled={busy !== undefined}>
          {t.zoeken.zoek}
        </Button>
      </form>
      <p role="status" className="loket-hint">
        {results ? t.zoeken.aantal(results.length) : ''}
      </p>
      {results && results.length > 0 && (
        <ul className="loket-partij-results" aria-label={t.zoeken.resultaten}>
          {results.map((p) => (
            <li key={p.id}>
              <span>
                <strong>{p.volledigeNaam}</strong> <span className="loket-hint">({t.zoeken.klantnummer(p.nummer)})</span>
              </span>
              <Button appearance="secondary-action-button" onClick={() => void link(p)} disabled={busy !== undefined}>
                {t.zoeken.koppel(p.volledigeNaam)}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void register(e)} noValidate className="loket-partij-registreren">
        <Fieldset aria-describedby="registreren-uitleg">
          <FieldsetLegend>{t.zoeken.registreren}</FieldsetLegend>
          <p id="registreren-uitleg" className="loket-hint">
            {t.zoeken.registrerenUitleg}
          </p>
          <FormField>
            <FormLabel htmlFor="registreren-voornaam">{t.zoeken.voornaam}</FormLabel>
            <Textbox id="registreren-voornaam" name="voornaam" autoComplete="off" maxLength={200} required />
          </FormField>
          <FormField>
            <FormLabel htmlFor="registreren-achternaam">{t.zoeken.achternaam}</FormLabel>
            <Textbox id="registreren-achternaam" name="achternaam" autoComplete="off" maxLength={200} required />
          </FormField>
          <FormField>
            <FormLabel htmlFor="registreren-geboortedatum">{t.zoeken.geboortedatum}</FormLabel>
            <Textbox id="registreren-geboortedatum" name="geboortedatum" type="date" required />
          </FormField>
          <FormField>
            <FormLabel htmlFor="registreren-postcode">{t.zoeken.postcode}</FormLabel>
            <Textbox id="registreren-postcode" name="postcode" autoComplete="off" maxLength={7} required />
          </FormField>
        </Fieldset>
        {registreerFout && (
          <p role="alert" className="loket-error">
            {registreerFout}
          </p>
        )}
        <Button type="submit" appearance="secondary-action-button" busy={busy === 'registreren'} disabled={busy !== undefined}>
          {t.zoeken.registreer}
        </Button>
      </form>
    </section>
  );
}
