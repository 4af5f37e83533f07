import { PageHeading } from '../../ui/page-heading.tsx';
import { useNietVerwerktT } from './niet-verwerkt-i18n.ts';

/** #/beheer/niet-verwerkt: what failed on the way in (messages, follow-ups), with retry, and the login attempts. */
export function NietVerwerktPage(_props: { announce: (text: string) => void }) {
  const m = useNietVerwerktT();
  return (
    <div className="loket-beheer">
      <PageHeading>{m.titel}</PageHeading>
    </div>
  );
}
