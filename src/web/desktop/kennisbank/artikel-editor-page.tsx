import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '../api/query.ts';
import { QueryState } from '../ui/query-state.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { href } from '../ui/route.ts';
import { kennisbankQueries, type Overview } from './kennisbank-api.ts';
import { useKennisbankT } from './kennisbank-i18n.ts';
import { History, Preview, Workflow } from './artikel-editor-parts.tsx';
import { ArtikelInhoudVelden } from './artikel-inhoud-velden.tsx';
import { ArtikelKenmerkenVelden } from './artikel-kenmerken-velden.tsx';
import { ErrorSummary, useFieldErrors } from './artikel-veldfouten.tsx';
import { KennisbankNav } from './kennisbank-nav.tsx';
import { useArtikelEditor, type Announce } from './use-artikel-editor.ts';
import './kennisbank.css';

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
  const k = useKennisbankT();
  const editor = useArtikelEditor(initial, announce);
  const { overview, latest, isNew, draft, problems, busy } = editor;
  const errors = useFieldErrors(problems);
  const heading = isNew ? k.editor.nieuwTitel : k.editor.titel(latest?.title ?? draft.id);

  return (
    <>
      <PageHeading>{heading}</PageHeading>
      <div className="loket-kb-editor">
        <div>
          <ErrorSummary problems={problems} errors={errors} summaryRef={editor.summaryRef} />
          <form className="loket-kb-form" noValidate onSubmit={(e) => void editor.save(e)} aria-label={heading}>
            <ArtikelInhoudVelden draft={draft} setDraft={editor.setDraft} set={editor.set} isNew={isNew} errors={errors} />
            <ArtikelKenmerkenVelden draft={draft} set={editor.set} errors={errors} />
            {editor.saveError && (
              <Alert type="error">
                <Paragraph className="loket-error">{editor.saveError}</Paragraph>
              </Alert>
            )}
            <Button type="submit" appearance="primary-action-button" busy={busy === 'opslaan'} disabled={busy !== null}>
              {k.editor.opslaan}
            </Button>
          </form>
          <Preview body={draft.body} summary={draft.summary} />
        </div>
        <div>
          <Workflow
            overview={overview}
            latest={latest}
            busy={busy}
            error={editor.workflowError}
            onTransition={(name) => void editor.transition(name)}
          />
          <History overview={overview} />
        </div>
      </div>
    </>
  );
}
