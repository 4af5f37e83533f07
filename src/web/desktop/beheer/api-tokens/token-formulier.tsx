import { Button, FormField, FormFieldDescription, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { foutmelding, keys, useApiMutation } from '../../api/query.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Veld } from '../bron-velden.tsx';
import { apiTokensApi, TOKEN_ROLLEN, type GemaaktToken } from './api-tokens-api.ts';
import { useApiTokensT } from './api-tokens-i18n.ts';

/** Creates a token for an integration: a name and the one role it acts with. */
export function TokenFormulier({ onCreated }: { onCreated: (token: GemaaktToken & { naam: string }) => void }) {
  const m = useApiTokensT();
  const t = useT();
  const [waarden, setWaarden] = useState({ naam: '', rol: 'kcc' });
  const [fout, setFout] = useState<{ veld: string; tekst: string }>();
  const form = useRef<HTMLFormElement>(null);
  const maak = useApiMutation(apiTokensApi.maak, () => [keys.apiTokens()]);

  const toon = (veld: string, tekst: string) => {
    setFout({ veld, tekst });
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>(veld ? `[name="${veld}"]` : '#token-fout')?.focus());
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const naam = waarden.naam.trim();
    if (!naam) return toon('naam', m.naamLeeg);
    setFout(undefined);
    try {
      const token = await maak.mutateAsync({ naam, rol: waarden.rol as (typeof TOKEN_ROLLEN)[number] });
      setWaarden({ naam: '', rol: 'kcc' });
      onCreated({ ...token, naam });
    } catch (e) {
      toon('', t.app.fout(foutmelding(e)));
    }
  };

  return (
    <form
      ref={form}
      className="loket-panel loket-bron-formulier"
      aria-labelledby="token-formulier-titel"
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h2 id="token-formulier-titel" className="utrecht-heading-2">
        {m.nieuwTitel}
      </h2>
      <Veld
        name="naam"
        label={m.naam}
        hulp={m.naamHulp}
        waarden={waarden}
        fout={fout}
        idPrefix="token"
        onChange={(name, value) => setWaarden((w) => ({ ...w, [name]: value }))}
      />
      <FormField>
        <FormLabel htmlFor="token-rol">{m.rol}</FormLabel>
        <FormFieldDescription id="token-rol-hulp">{m.rolHulp}</FormFieldDescription>
        <Select
          id="token-rol"
          name="rol"
          value={waarden.rol}
          aria-describedby="token-rol-hulp"
          onChange={(e: ChangeEvent<HTMLSelectElement>) => setWaarden((w) => ({ ...w, rol: e.target.value }))}
        >
          {TOKEN_ROLLEN.map((rol) => (
            <SelectOption key={rol} value={rol}>
              {m.rollen[rol] ?? rol}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      {fout && (
        <p id="token-fout" role="alert" tabIndex={-1} className="loket-error">
          {fout.tekst}
        </p>
      )}
      <div className="loket-bron-formulier__acties">
        <Button type="submit" appearance="primary-action-button" busy={maak.isPending} disabled={maak.isPending}>
          {m.maken}
        </Button>
      </div>
    </form>
  );
}
