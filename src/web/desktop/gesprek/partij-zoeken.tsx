import { Button, Fieldset, FieldsetLegend, FormField, FormLabel, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import type { PartijSummary } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';
import { PartijResultaten } from './partij-resultaten.tsx';
import { PartijZoekformulier } from './partij-zoekformulier.tsx';

const POSTCODE = /^[1-9][0-9]{3} ?[A-Za-z]{2}$/;
const HUISNUMMER = /^[1-9][0-9]{0,4}$/;
const field = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/**
 * For an anonymous gesprek: find the citizen (PartijZoekformulier) and link them
 * (PUT /api/gesprekken/:id/partij), after which the parent asks to verify them; or register them
 * in this gesprek (POST /api/gesprekken/:id/partij), which counts as verified, since the agent
 * just took the details from the caller: no retyping.
 */
export function PartijZoeken({ gesprekId, onLinked }: { gesprekId: string; onLinked: (message: string) => void }) {
  const t = useT();
  const [results, setResults] = useState<PartijSummary[]>();
  const [zoekFout, setZoekFout] = useState<string>();
  const [registreerFout, setRegistreerFout] = useState<string>();
  const [busy, setBusy] = useState<'koppelen' | 'registreren'>();
  const fout = (e: unknown) => t.app.fout(e instanceof Error ? e.message : String(e));

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
    const persoon = {
      voornaam: field(form, 'voornaam'),
      achternaam: field(form, 'achternaam'),
      geboortedatum: field(form, 'geboortedatum'),
      postcode: field(form, 'postcode'),
    };
    const adres = {
      straatnaam: field(form, 'straatnaam'),
      huisnummer: field(form, 'huisnummer'),
      toevoeging: field(form, 'huisnummertoevoeging'),
    };
    setRegistreerFout(undefined);
    if (!Object.values(persoon).every(Boolean)) return setRegistreerFout(t.zoeken.verplicht);
    if (!POSTCODE.test(persoon.postcode)) return setRegistreerFout(t.zoeken.postcodeOngeldig);
    if (adres.huisnummer && !HUISNUMMER.test(adres.huisnummer)) return setRegistreerFout(t.zoeken.huisnummerOngeldig);
    setBusy('registreren');
    try {
      const { partij } = await api.registreerInGesprek(gesprekId, {
        ...persoon,
        ...(adres.straatnaam ? { straatnaam: adres.straatnaam } : {}),
        ...(adres.huisnummer ? { huisnummer: Number(adres.huisnummer) } : {}),
        ...(adres.toevoeging ? { huisnummertoevoeging: adres.toevoeging } : {}),
      });
      onLinked(t.zoeken.geregistreerd(partij.volledigeNaam));
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
      <PartijZoekformulier
        disabled={busy !== undefined}
        onResults={(found) => {
          setResults(found);
          setZoekFout(undefined);
        }}
      />
      {zoekFout && (
        <p role="alert" className="loket-error">
          {zoekFout}
        </p>
      )}
      <PartijResultaten
        results={results}
        label={(p) => t.zoeken.koppel(p.volledigeNaam)}
        onChoose={(p) => void link(p)}
        disabled={busy !== undefined}
      />
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
          <FormField>
            <FormLabel htmlFor="registreren-straatnaam">{t.zoeken.straatnaam}</FormLabel>
            <Textbox id="registreren-straatnaam" name="straatnaam" autoComplete="off" maxLength={255} />
          </FormField>
          <div className="loket-huisnummer">
            <FormField>
              <FormLabel htmlFor="registreren-huisnummer">{t.zoeken.huisnummer}</FormLabel>
              <Textbox id="registreren-huisnummer" name="huisnummer" autoComplete="off" inputMode="numeric" maxLength={5} />
            </FormField>
            <FormField>
              <FormLabel htmlFor="registreren-toevoeging">{t.zoeken.toevoeging}</FormLabel>
              <Textbox id="registreren-toevoeging" name="huisnummertoevoeging" autoComplete="off" maxLength={20} />
            </FormField>
          </div>
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
