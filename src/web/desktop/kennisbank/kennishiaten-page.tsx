import { PageHeading } from '../ui/page-heading.tsx';
import { KennishiatenPanel } from '../kwaliteit/kennishiaten-panel.tsx';
import { useKwaliteitT } from '../kwaliteit/kwaliteit-i18n.ts';
import { KennisbankNav } from './kennisbank-nav.tsx';
import '../kwaliteit/kwaliteit.css';
import './kennisbank.css';

/**
 * Where agents fall silent, per topic and per article that was open: the list redacteuren work
 * from to write or improve articles. The same report team leads see on the quality screen.
 */
export function KennishiatenPage() {
  const k = useKwaliteitT();
  return (
    <div className="loket-kennisbank">
      <KennisbankNav current="kennishiaten" />
      <PageHeading>{k.hiaten.titel}</PageHeading>
      <KennishiatenPanel van={undefined} tot={undefined} />
    </div>
  );
}
