import { PageHeading } from '../../ui/page-heading.tsx';
import { useApiTokensT } from './api-tokens-i18n.ts';

export function ApiTokensPage({ announce: _announce }: { announce: (text: string) => void }) {
  const m = useApiTokensT();
  return (
    <div className="loket-beheer">
      <PageHeading>{m.titel}</PageHeading>
    </div>
  );
}
