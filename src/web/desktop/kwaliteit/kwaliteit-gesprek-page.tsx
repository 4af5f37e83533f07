import { PageHeading } from '../app/page-heading.tsx';
import { useKwaliteitT } from './kwaliteit-i18n.ts';

/** Placeholder until the quality drill-down lands. */
export function KwaliteitGesprekPage(_props: { id: string }) {
  const t = useKwaliteitT();
  return <PageHeading>{t.gesprekTitel}</PageHeading>;
}
