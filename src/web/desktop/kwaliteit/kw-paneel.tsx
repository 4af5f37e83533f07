import type { ReactNode } from 'react';

/** A titled panel of the quality screens: a section named by its h2, with an optional explanation. */
export function KwPaneel({ id, titel, uitleg, kop, children }: { id: string; titel: string; uitleg?: string; kop?: ReactNode; children: ReactNode }) {
  return (
    <section className="loket-panel" aria-labelledby={id}>
      <div className="loket-kw-head">
        <h2 id={id} className="utrecht-heading-2">
          {titel}
        </h2>
        {kop}
      </div>
      {uitleg && <p className="loket-hint">{uitleg}</p>}
      {children}
    </section>
  );
}
