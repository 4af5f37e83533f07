import { PageHeading } from '../app/page-heading.tsx';
import { useKwaliteitT } from './kwaliteit-i18n.ts';

/** Placeholder until the quality view lands. */
export function KwaliteitPage(_props: { announce: (text: string) => void }) {
  const t = useKwaliteitT();
  return <PageHeading>{t.titel}</PageHeading>;
}
