import type { ReactNode } from 'react';

/**
 * Where a wide data table scrolls sideways on a narrow screen, so the page itself reflows
 * (WCAG 1.4.10). A named, focusable region: keyboard users can scroll it too (WCAG 2.1.1).
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="loket-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
