import { Fieldset, FieldsetLegend, FormField, FormFieldDescription, FormLabel, Textarea, Textbox } from '@utrecht/component-library-react';
import { useState, type ChangeEvent, type Dispatch, type SetStateAction } from 'react';
import { useKennisbankT } from './kennisbank-i18n.ts';
import { slugify, type Draft } from './kennisbank-logic.ts';
import { SummaryField } from './artikel-editor-parts.tsx';
import type { FieldErrors } from './artikel-veldfouten.tsx';
import type { SetField } from './use-artikel-editor.ts';

/**
 * The article's content: title, id (only for a new article, proposed from the title until the
 * redacteur edits it), summary and Markdown body.
 */
export function ArtikelInhoudVelden({
  draft,
  setDraft,
  set,
  isNew,
  errors: { described, fieldError },
}: {
  draft: Draft;
  setDraft: Dispatch<SetStateAction<Draft>>;
  set: SetField;
  isNew: boolean;
  errors: FieldErrors;
}) {
  const k = useKennisbankT();
  const [idTouched, setIdTouched] = useState(false);
  return (
    <Fieldset>
      <FieldsetLegend>{k.editor.inhoud}</FieldsetLegend>
      <FormField>
        <FormLabel htmlFor="kb-title">{k.editor.titelVeld}</FormLabel>
        <Textbox
          id="kb-title"
          value={draft.title}
          maxLength={200}
          {...described('title')}
          onChange={(e: ChangeEvent<HTMLInputElement>) => {
            const title = e.target.value;
            setDraft((d) => ({ ...d, title, id: isNew && !idTouched ? slugify(title) : d.id }));
          }}
        />
        {fieldError('title')}
      </FormField>
      {isNew && (
        <FormField>
          <FormLabel htmlFor="kb-id">{k.editor.id}</FormLabel>
          <Textbox
            id="kb-id"
            value={draft.id}
            maxLength={120}
            spellCheck={false}
            autoComplete="off"
            {...described('id', true)}
            onChange={(e: ChangeEvent<HTMLInputElement>) => {
              setIdTouched(true);
              set('id', e.target.value);
            }}
          />
          <FormFieldDescription id="kb-id-hulp" className="loket-hint">
            {k.editor.idHulp}
          </FormFieldDescription>
          {fieldError('id')}
        </FormField>
      )}
      <SummaryField
        value={draft.summary}
        onChange={(v) => set('summary', v)}
        aria={described('summary', true)}
        error={fieldError('summary')}
      />
      <FormField>
        <FormLabel htmlFor="kb-body">{k.editor.tekst}</FormLabel>
        <Textarea
          id="kb-body"
          value={draft.body}
          rows={14}
          {...described('body', true)}
          onChange={(e: ChangeEvent<HTMLTextAreaElement>) => set('body', e.target.value)}
        />
        <FormFieldDescription id="kb-body-hulp" className="loket-hint">
          {k.editor.tekstHulp}
        </FormFieldDescription>
        {fieldError('body')}
      </FormField>
    </Fieldset>
  );
}
