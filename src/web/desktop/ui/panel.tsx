import { useId, type ReactNode } from 'react';

/**
 * A titled panel: a section named by its h2, with actions beside the heading (a CSV link, a
 * button) and an optional explanation under it.
 */
export function Panel({
  id,
  title,
  intro,
  actions,
  children,
}: {
  id?: string;
  title: string;
  intro?: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const generated = useId();
  const headingId = id ?? generated;
  return (
    <section className="loket-panel" aria-labelledby={headingId}>
      <div className="loket-panel__head">
        <h2 id={headingId} className="utrecht-heading-2">
          {title}
        </h2>
        {actions}
      </div>
      {intro && <p className="loket-hint">{intro}</p>}
      {children}
    </section>
  );
}
