import { FormField, FormLabel, Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { useEffect, useState, type ChangeEvent } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { ANDERS, beginKeuze, onderwerpLabel } from './afhandeling-logic.ts';
import type { Onderwerpen } from './use-onderwerpen.ts';

/**
 * The wrap-up topic: a choice from the kennisbank's categories, starting on the one Loket
 * detected, with "Anders" for a topic of the agent's own. Without a list (none published, or
 * still loading) it is a text field. Form fields: `keuze` and `anders`, or `categorie`.
 */
export function OnderwerpVeld({ onderwerpen }: { onderwerpen: Onderwerpen | undefined }) {
  const t = useT();
  const a = t.afhandeling;
  const [keuze, setKeuze] = useState('');
  const keuzes = onderwerpen?.keuzes ?? [];
  useEffect(() => {
    if (onderwerpen) setKeuze(beginKeuze(onderwerpen.keuzes, onderwerpen.herkend));
  }, [onderwerpen]);
  const herkend = onderwerpen?.herkend && beginKeuze(keuzes, onderwerpen.herkend);

  if (keuzes.length === 0) {
    return (
      <FormField>
        <FormLabel htmlFor="afhandeling-categorie">{a.categorie}</FormLabel>
        <Textbox id="afhandeling-categorie" name="categorie" aria-describedby="afhandeling-categorie-hulp" required maxLength={80} />
        <p id="afhandeling-categorie-hulp" className="loket-hint">
          {a.categorieHulp}
        </p>
      </FormField>
    );
  }
  return (
    <>
      <FormField>
        <FormLabel htmlFor="afhandeling-categorie">{a.categorie}</FormLabel>
        <Select
          id="afhandeling-categorie"
          name="keuze"
          required
          value={keuze}
          aria-describedby="afhandeling-categorie-hulp"
          onChange={(e: ChangeEvent<HTMLSelectElement>) => setKeuze(e.target.value)}
        >
          <SelectOption value="">{a.kiesOnderwerp}</SelectOption>
          {keuzes.map((k) => (
            <SelectOption key={k} value={k}>
              {onderwerpLabel(k)}
            </SelectOption>
          ))}
          <SelectOption value={ANDERS}>{a.anders}</SelectOption>
        </Select>
        <p id="afhandeling-categorie-hulp" className="loket-hint">
          {herkend ? a.herkend(onderwerpLabel(herkend)) : a.lijstHulp}
        </p>
      </FormField>
      {keuze === ANDERS && (
        <FormField>
          <FormLabel htmlFor="afhandeling-anders">{a.andersLabel}</FormLabel>
          <Textbox id="afhandeling-anders" name="anders" required maxLength={80} />
        </FormField>
      )}
    </>
  );
}
