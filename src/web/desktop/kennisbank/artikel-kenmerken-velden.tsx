import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  RadioButton,
  Textbox,
} from '@utrecht/component-library-react';
import type { ChangeEvent } from 'react';
import { useKennisbankT } from './kennisbank-i18n.ts';
import { AUDIENCES, TYPES, type Draft } from './kennisbank-logic.ts';
import type { FieldErrors } from './artikel-veldfouten.tsx';
import type { SetField } from './use-artikel-editor.ts';

/** What the article is and for whom: type, audience, category, department, keywords and review date. */
export function ArtikelKenmerkenVelden({
  draft,
  set,
  errors: { errorOf, described, fieldError },
}: {
  draft: Draft;
  set: SetField;
  errors: FieldErrors;
}) {
  const k = useKennisbankT();
  return (
    <Fieldset>
      <FieldsetLegend>{k.editor.kenmerken}</FieldsetLegend>
      <fieldset className="loket-kb-choice-group">
        <legend>{k.editor.type}</legend>
        <div className="loket-kb-choice">
          {TYPES.map((type) => (
            <label key={type}>
              <RadioButton name="kb-type" value={type} checked={draft.type === type} onChange={() => set('type', type)} />
              {k.type[type]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="loket-kb-choice-group" aria-describedby={errorOf('audience') ? 'kb-audience-fout' : undefined}>
        <legend>{k.editor.doelgroep}</legend>
        <div className="loket-kb-choice">
          {AUDIENCES.map((a) => (
            <label key={a}>
              <Checkbox
                id={`kb-audience-${a}`}
                appearance="custom"
                invalid={Boolean(errorOf('audience'))}
                checked={draft.audience.includes(a)}
                onChange={(e) => set('audience', e.target.checked ? [...draft.audience, a] : draft.audience.filter((x) => x !== a))}
              />
              {k.doelgroep[a]}
            </label>
          ))}
        </div>
        {fieldError('audience')}
      </fieldset>
      <FormField>
        <FormLabel htmlFor="kb-category">{k.editor.categorie}</FormLabel>
        <Textbox
          id="kb-category"
          value={draft.category}
          maxLength={100}
          {...described('category')}
          onChange={(e: ChangeEvent<HTMLInputElement>) => set('category', e.target.value)}
        />
        {fieldError('category')}
      </FormField>
      <FormField>
        <FormLabel htmlFor="kb-department">{k.editor.afdeling}</FormLabel>
        <Textbox
          id="kb-department"
          value={draft.department}
          maxLength={200}
          {...described('department')}
          onChange={(e: ChangeEvent<HTMLInputElement>) => set('department', e.target.value)}
        />
        {fieldError('department')}
      </FormField>
      <FormField>
        <FormLabel htmlFor="kb-keywords">{k.editor.trefwoorden}</FormLabel>
        <Textbox
          id="kb-keywords"
          value={draft.keywords}
          {...described('keywords', true)}
          onChange={(e: ChangeEvent<HTMLInputElement>) => set('keywords', e.target.value)}
        />
        <FormFieldDescription id="kb-keywords-hulp" className="loket-hint">
          {k.editor.trefwoordenHulp}
        </FormFieldDescription>
        {fieldError('keywords')}
      </FormField>
      <FormField>
        <FormLabel htmlFor="kb-reviewdate">{k.editor.reviewdatum}</FormLabel>
        <Textbox
          id="kb-reviewdate"
          type="date"
          value={draft.reviewDate}
          aria-describedby="kb-reviewdate-hulp"
          onChange={(e: ChangeEvent<HTMLInputElement>) => set('reviewDate', e.target.value)}
        />
        <FormFieldDescription id="kb-reviewdate-hulp" className="loket-hint">
          {k.editor.reviewdatumHulp}
        </FormFieldDescription>
      </FormField>
    </Fieldset>
  );
}
