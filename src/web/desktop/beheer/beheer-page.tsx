import { Paragraph } from '@utrecht/component-library-react';
import { PageHeading } from '../ui/page-heading.tsx';
import { href } from '../ui/route.ts';
import { useBeheerT } from './beheer-i18n.ts';

/** #/beheer: the beheerder's start page, listing the beheer screens there are. */
export function BeheerPage() {
  const m = useBeheerT();
  return (
    <div className="loket-beheer">
      <PageHeading>{m.start.titel}</PageHeading>
      <Paragraph>{m.start.intro}</Paragraph>
      <ul>
        <li>
          <a href={href.beheerBronnen}>{m.start.bronnen}</a>
        </li>
      </ul>
    </div>
  );
}
