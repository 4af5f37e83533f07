import { PageHeading } from '../../ui/page-heading.tsx';
import { useMedewerkersT } from './medewerkers-i18n.ts';

export function MedewerkersPage({ announce: _announce }: { announce: (text: string) => void }) {
  const m = useMedewerkersT();
  return (
    <div className="loket-beheer">
      <PageHeading>{m.titel}</PageHeading>
    </div>
  );
}
