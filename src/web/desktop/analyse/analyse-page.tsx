import { PageHeading } from '../app/page-heading.tsx';
import { useAnalyseT } from './analyse-i18n.ts';

/** Placeholder until the dashboard lands: map, topics, hotspots and CSV downloads. */
export function AnalysePage(_props: { announce: (text: string) => void }) {
  const t = useAnalyseT();
  return <PageHeading>{t.titel}</PageHeading>;
}
