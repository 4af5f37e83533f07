import { PageHeading } from '../../ui/page-heading.tsx';
import { useVerwerkingenT } from './verwerkingen-i18n.ts';

/** #/beheer/verwerkingen: the processing log, searched by medewerker, partij, period and purpose. */
export function VerwerkingenPage(_props: { announce: (text: string) => void }) {
  const m = useVerwerkingenT();
  return (
    <div className="loket-beheer">
      <PageHeading>{m.titel}</PageHeading>
    </div>
  );
}
