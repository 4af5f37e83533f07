import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormLabel,
  Paragraph,
  RadioButton,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { keys, useInvalidate, useQuery, useQueryClient } from '../api/query.ts';
import { QueryState } from '../ui/query-state.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { href } from '../ui/route.ts';
import { useT } from '../i18n/i18n.tsx';
import { kennisbankApi, kennisbankQueries, type Overview, type Transitie, type Version } from './kennisbank-api.ts';
import { useKennisbankT } from './kennisbank-i18n.ts';
import {
  AUDIENCES,
  contentFromDraft,
  draftFromVersion,
  emptyDraft,
  slugify,
  TYPES,
  validate,
  type Draft,
  type Field,
  type Problem,
} from './kennisbank-logic.ts';
import { describeError, fieldLabel, History, Preview, SummaryField, Workflow } from './artikel-editor-parts.tsx';
import { KennisbankNav } from './kennisbank-nav.tsx';
import './kennisbank.css';

type Announce = (text: string) => void;

const latestOf = (overview: Overview | null): Version | undefined =>
  (overview ?? { versions: [] }).versions.slice().sort((a, b) => b.version - a.version)[0];

/** A new article (id null) or an existing one: content, workflow and version history. */
export function ArtikelEditorPage({ id, announce }: { id: string | null; announce: Announce }) {
  const k = useKennisbankT();
  const overzicht = useQuery({ ...kennisbankQueries.overzicht(id ?? ''), enabled: id !== null });
  return (
    <div className="loket-kennisbank">
      <KennisbankNav current={null} />
      <p className="loket-back">
        <a className="utrecht-link" href={href.kennisbank}>
          ← {k.editor.terug}
        </a>
      </p>
      {id === null ? (
        <Editor initial={null} announce={announce} />
      ) : (
        <QueryState query={overzicht} what={`GET /api/kennisbank/artikelen/${id}/versies`}>
          {(data) => <Editor initial={data} announce={announce} />}
        </QueryState>
      )}
    </div>
  );
}

function Editor({ initial, announce }: { initial: Overview | null; announce: Announce }) {
  const t = useT();
  const k = useKennisbankT();
  const [overview, setOverview] = useState(initial);
  const client = useQueryClient();
  const invalidate = useInvalidate();
  const latest = latestOf(overview);
  const [draft, setDraft] = useState<Draft>(() => (latest ? draftFromVersion(latest) : emptyDraft()));
  const [idTouched, setIdTouched] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saveError, setSaveError] = useState<string>();
  const [workflowError, setWorkflowError] = useState<string>();
  const [busy, setBusy] = useState<'opslaan' | Transitie | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const isNew = overview === null;

  const set = <F extends keyof Draft>(field: F, value: Draft[F]) => setDraft((d) => ({ ...d, [field]: value }));

  // After a change: the article as it is now, and the lists that show its status are stale.
  const refresh = async (id: string) => {
    await invalidate(keys.artikelLijsten());
    const next = await client.fetchQuery(kennisbankQueries.overzicht(id));
    setOverview(next);
    return next;
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate(draft, isNew);
    setProblems(found);
    setSaveError(undefined);
    if (found.length > 0) {
      // Focus after render, so the summary is there to be read.
      setTimeout(() => summaryRef.current?.focus(), 0);
      return;
    }
    setBusy('opslaan');
    try {
      const content = contentFromDraft(draft);
      const saved = isNew ? await kennisbankApi.create(draft.id, content) : await kennisbankApi.saveConcept(draft.id, content);
      if (isNew) history.replaceState(null, '', href.kennisbankArtikel(saved.articleId));
      await refresh(saved.articleId);
      announce(k.editor.opgeslagen(saved.version));
    } catch (e) {
      setSaveError(describeError(e, t, k));
    } finally {
      setBusy(null);
    }
  };

  const transition = async (name: Transitie) => {
    if (!latest) return;
    setBusy(name);
    setWorkflowError(undefined);
    try {
      await kennisbankApi.transition(latest.articleId, latest.version, name);
      await refresh(latest.articleId);
      announce(k.editor.transitieGelukt[name] ?? name);
    } catch (e) {
      setWorkflowError(describeError(e, t, k));
    } finally {
      setBusy(null);
    }
  };

  const problemText = (p: Problem): string => {
    const label = fieldLabel(k, p.field);
    if (p.kind === 'verplicht') return k.editor.verplicht(label);
    if (p.kind === 'teLang') return k.editor.teLang(label, p.max);
    if (p.kind === 'idOngeldig') return k.editor.idOngeldig;
    return k.editor.doelgroepVerplicht;
  };
  const errorOf = (field: Field) => problems.find((p) => p.field === field);
  /** Props for an input: its description and error ids, and aria-invalid. */
  const described = (field: Field, hint = false) => {
    const error = errorOf(field);
    const ids = [hint && `kb-${field}-hulp`, field === 'summary' && 'kb-summary-teller', error && `kb-${field}-fout`]
      .filter(Boolean)
      .join(' ');
    return { 'aria-describedby': ids || undefined, 'aria-invalid': error ? true : undefined, invalid: Boolean(error) };
  };
  const fieldError = (field: Field) => {
    const error = errorOf(field);
    return error ? (
      <p id={`kb-${field}-fout`} className="loket-kb-field-error">
        {problemText(error)}
      </p>
    ) : null;
  };

  const heading = isNew ? k.editor.nieuwTitel : k.editor.titel(latest?.title ?? draft.id);

  return (
    <>
      <PageHeading>{heading}</PageHeading>
      <div className="loket-kb-editor">
        <div>
          {problems.length > 0 && (
            <div ref={summaryRef} tabIndex={-1} className="loket-kb-error-summary" aria-labelledby="kb-fouten-titel">
              <h2 id="kb-fouten-titel" className="utrecht-heading-2">
                {k.editor.foutenTitel(problems.length)}
              </h2>
              <ul>
                {problems.map((p) => (
                  <li key={p.field}>
                    <a
                      href={`#kb-${p.field === 'audience' ? 'audience-inwoner' : p.field}`}
                      onClick={(e) => {
                        e.preventDefault();
                        document.getElementById(p.field === 'audience' ? 'kb-audience-inwoner' : `kb-${p.field}`)?.focus();
                      }}
                    >
                      {problemText(p)}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <form className="loket-kb-form" noValidate onSubmit={(e) => void save(e)} aria-label={heading}>
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
            {saveError && (
              <Alert type="error">
                <Paragraph className="loket-error">{saveError}</Paragraph>
              </Alert>
            )}
            <Button type="submit" appearance="primary-action-button" busy={busy === 'opslaan'} disabled={busy !== null}>
              {k.editor.opslaan}
            </Button>
          </form>
          <Preview body={draft.body} summary={draft.summary} />
        </div>
        <div>
          <Workflow overview={overview} latest={latest} busy={busy} error={workflowError} onTransition={(name) => void transition(name)} />
          <History overview={overview} />
        </div>
      </div>
    </>
  );
}
