import { PageHeading } from '../../ui/page-heading.tsx';
import { useTermijnenT } from './termijnen-i18n.ts';

export function TermijnenPage({ announce: _announce }: { announce: (text: string) => void }) {
  const m = useTermijnenT();
  return (
    <div className="loket-beheer">
      <PageHeading>{m.titel}</PageHeading>
    </div>
  );
}
