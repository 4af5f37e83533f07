import { useRef, useState, type FormEvent } from 'react';
import { keys, useInvalidate, useQueryClient } from '../api/query.ts';
import { href } from '../ui/route.ts';
import { useT } from '../i18n/i18n.tsx';
import { kennisbankApi, kennisbankQueries, type Overview, type Transitie, type Version } from './kennisbank-api.ts';
import { useKennisbankT } from './kennisbank-i18n.ts';
import { contentFromDraft, draftFromVersion, emptyDraft, validate, type Draft, type Problem } from './kennisbank-logic.ts';
import { describeError } from './artikel-editor-parts.tsx';

export type Announce = (text: string) => void;
/** Sets one field of the draft. */
export type SetField = <F extends keyof Draft>(field: F, value: Draft[F]) => void;

const latestOf = (overview: Overview | null): Version | undefined =>
  (overview ?? { versions: [] }).versions.slice().sort((a, b) => b.version - a.version)[0];

/**
 * The editor's state and its two actions: saving the draft as a concept (after checking it) and
 * moving the latest version through the workflow. Each announces what it did.
 */
export function useArtikelEditor(initial: Overview | null, announce: Announce) {
  const t = useT();
  const k = useKennisbankT();
  const [overview, setOverview] = useState(initial);
  const client = useQueryClient();
  const invalidate = useInvalidate();
  const latest = latestOf(overview);
  const [draft, setDraft] = useState<Draft>(() => (latest ? draftFromVersion(latest) : emptyDraft()));
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saveError, setSaveError] = useState<string>();
  const [workflowError, setWorkflowError] = useState<string>();
  const [busy, setBusy] = useState<'opslaan' | Transitie | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const isNew = overview === null;

  const set: SetField = (field, value) => setDraft((d) => ({ ...d, [field]: value }));

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

  return { overview, latest, isNew, draft, setDraft, set, problems, saveError, workflowError, busy, summaryRef, save, transition };
}
