import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormLabel,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { ApiError } from '../api/client.ts';
import { useT } from '../i18n/i18n.tsx';
import type { Messages } from '../i18n/nl.ts';
import type { Overview, Transitie, Version } from './kennisbank-api.ts';
import { useKennisbankT, type KennisbankMessages } from './kennisbank-i18n.ts';
import { allowedTransitions, SUMMARY_MAX, type Field } from './kennisbank-logic.ts';
import { usePreview } from './use-preview.ts';
import './kennisbank.css';

/** The article editor's smaller pieces: error texts, field labels, summary counter, preview, workflow and history. */
export function describeError(e: unknown, t: Messages, k: KennisbankMessages): string {
  if (e instanceof ApiError) {
    if (e.status === 403) return k.editor.geweigerd(e.message);
    if (e.status === 409) return k.editor.conflict(e.message);
    if (e.status === 400) return k.editor.ongeldig(e.message);
  }
  return t.app.fout(e instanceof Error ? e.message : String(e));
}

export function fieldLabel(k: KennisbankMessages, field: Field): string {
  const labels: Record<Field, string> = {
    id: k.editor.id,
    title: k.editor.titelVeld,
    summary: k.editor.samenvatting,
    body: k.editor.tekst,
    category: k.editor.categorie,
    audience: k.editor.doelgroep,
    department: k.editor.afdeling,
    keywords: k.editor.trefwoorden,
  };
  return labels[field];
}

/**
 * The summary with a live counter. The visible counter follows every key; screen readers hear it
 * politely once typing pauses, instead of on every character.
 */
export function SummaryField({
  value,
  onChange,
  aria,
  error,
}: {
  value: string;
  onChange: (v: string) => void;
  aria: Record<string, unknown>;
  error: ReactNode;
}) {
  const k = useKennisbankT();
  const left = SUMMARY_MAX - value.length;
  const [spoken, setSpoken] = useState('');
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => setSpoken(k.editor.tekensOver(left)), 700);
    return () => clearTimeout(timer);
  }, [left, k]);
  return (
    <FormField>
      <FormLabel htmlFor="kb-summary">{k.editor.samenvatting}</FormLabel>
      <Textarea
        id="kb-summary"
        value={value}
        rows={3}
        {...aria}
        onChange={(e: ChangeEvent<HTMLTextAreaElement>) => onChange(e.target.value)}
      />
      <FormFieldDescription id="kb-summary-hulp" className="loket-hint">
        {k.editor.samenvattingHulp}
      </FormFieldDescription>
      <p id="kb-summary-teller" className={`loket-kb-counter${left < 0 ? ' loket-kb-counter--over' : ''}`}>
        {k.editor.tekensOver(left)}
      </p>
      <p className="loket-visually-hidden" aria-live="polite" data-testid="kb-summary-live">
        {spoken}
      </p>
      {error}
    </FormField>
  );
}

/** The concept as citizens and agents will see it: the body on the website, the summary in a chat. */
export function Preview({ body, summary }: { body: string; summary: string }) {
  const k = useKennisbankT();
  const preview = usePreview(body);
  return (
    <section className="loket-panel" aria-labelledby="kb-voorbeeld-titel">
      <h2 id="kb-voorbeeld-titel" className="utrecht-heading-2">
        {k.editor.voorbeeld}
      </h2>
      <h3 className="utrecht-heading-3">{k.editor.voorbeeldWebsite}</h3>
      <p className="loket-hint">{preview.state === 'fout' ? k.editor.voorbeeldFout(preview.message) : k.editor.voorbeeldHtml}</p>
      {preview.state === 'klaar' ? (
        // Sanitised on the server by the renderer of published articles (src/knowledge/markdown.ts).
        <div className="loket-kb-preview utrecht-rich-text" data-testid="kb-voorbeeld" dangerouslySetInnerHTML={{ __html: preview.html }} />
      ) : (
        <div className="loket-kb-preview loket-kb-preview--text" data-testid="kb-voorbeeld">
          {preview.state === 'laden' ? k.editor.voorbeeldLaden : body || k.editor.leeg}
        </div>
      )}
      <h3 className="utrecht-heading-3">{k.editor.voorbeeldChat}</h3>
      <p className="loket-hint">{k.editor.voorbeeldChatHulp}</p>
      <div className="loket-kb-chat">
        <p className="loket-kb-bubble" data-testid="kb-voorbeeld-chat">
          {summary.trim() || k.editor.leeg}
        </p>
      </div>
    </section>
  );
}

export function Workflow({
  overview,
  latest,
  busy,
  error,
  onTransition,
}: {
  overview: Overview | null;
  latest: Version | undefined;
  busy: string | null;
  error?: string;
  onTransition: (name: Transitie) => void;
}) {
  const k = useKennisbankT();
  const allowed = allowedTransitions(latest?.status);
  return (
    <section className="loket-panel" aria-labelledby="kb-workflow-titel">
      <h2 id="kb-workflow-titel" className="utrecht-heading-2">
        {k.editor.workflow}
      </h2>
      {!latest ? (
        <Paragraph>{k.editor.eerstOpslaan}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {k.editor.huidig(latest.version)}
            {': '}
            <span data-testid="kb-status" className={`loket-kb-status loket-kb-status--${latest.status}`}>
              {k.status[latest.status] ?? latest.status}
            </span>
          </Paragraph>
          <p className="loket-hint">
            {overview?.publishedVersion ? k.editor.gepubliceerdeVersie(overview.publishedVersion) : k.editor.nietGepubliceerd}
          </p>
          {allowed.length === 0 ? (
            <Paragraph>{k.editor.geenTransities}</Paragraph>
          ) : (
            <div className="loket-kb-actions">
              {allowed.map((name) => (
                <Button
                  key={name}
                  appearance={name === 'publiceren' || name === 'indienen' ? 'primary-action-button' : 'secondary-action-button'}
                  busy={busy === name}
                  disabled={busy !== null}
                  onClick={() => onTransition(name)}
                >
                  {k.editor.transitie[name]}
                </Button>
              ))}
            </div>
          )}
        </>
      )}
      {error && (
        <Alert type="error">
          <Paragraph className="loket-error">{error}</Paragraph>
        </Alert>
      )}
    </section>
  );
}

export function History({ overview }: { overview: Overview | null }) {
  const t = useT();
  const k = useKennisbankT();
  const versions = overview ? [...overview.versions].sort((a, b) => b.version - a.version) : [];
  return (
    <section className="loket-panel" aria-labelledby="kb-versies-titel">
      <h2 id="kb-versies-titel" className="utrecht-heading-2">
        {k.editor.versies}
      </h2>
      {versions.length === 0 ? (
        <Paragraph className="loket-empty">{k.editor.geenVersies}</Paragraph>
      ) : (
        <Table className="loket-kb-table">
          <TableCaption className="loket-visually-hidden">{k.editor.versies}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{k.editor.kolomVersie}</TableHeaderCell>
              <TableHeaderCell scope="col">{k.editor.kolomStatus}</TableHeaderCell>
              <TableHeaderCell scope="col">{k.editor.kolomAuteur}</TableHeaderCell>
              <TableHeaderCell scope="col">{k.editor.kolomStatusSinds}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {versions.map((v) => (
              <TableRow key={v.version}>
                <TableHeaderCell scope="row">{v.version}</TableHeaderCell>
                <TableCell>
                  <span className={`loket-kb-status loket-kb-status--${v.status}`}>{k.status[v.status] ?? v.status}</span>
                </TableCell>
                <TableCell>{v.author}</TableCell>
                <TableCell>
                  <time dateTime={v.statusChangedAt}>{t.tijd.datum(v.statusChangedAt)}</time>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
