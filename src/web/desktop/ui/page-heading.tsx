import { Heading1 } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { setPageTitle } from './document-title.ts';

/**
 * The h1 of a screen. When the screen opens, focus moves to it and the document title follows,
 * so screen-reader users hear where they landed after a hash navigation.
 */
export function PageHeading({ children, focusKey }: { children: string; focusKey?: string }) {
  const t = useT();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    setPageTitle(`${children} — ${t.app.titel}`);
  }, [children, t]);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, [focusKey]);
  return (
    <Heading1 ref={ref} tabIndex={-1} className="loket-page-heading">
      {children}
    </Heading1>
  );
}
