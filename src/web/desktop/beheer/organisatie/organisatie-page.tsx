import { PageHeading } from '../../ui/page-heading.tsx';
import { useOrganisatieT } from './organisatie-i18n.ts';

export function OrganisatiePage({ announce: _announce }: { announce: (text: string) => void }) {
  const m = useOrganisatieT();
  return (
    <div className="loket-beheer">
      <PageHeading>{m.titel}</PageHeading>
    </div>
  );
}
