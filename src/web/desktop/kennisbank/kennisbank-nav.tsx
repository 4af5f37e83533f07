import { href } from '../ui/route.ts';
import { useKennisbankT } from './kennisbank-i18n.ts';

/** The kennisbank's own sub-navigation: articles, bot coaching and knowledge gaps. */
export function KennisbankNav({ current }: { current: 'artikelen' | 'coachen' | 'kennishiaten' | null }) {
  const k = useKennisbankT();
  return (
    <nav aria-label={k.subnav} className="loket-kb-subnav">
      <ul>
        <li>
          <a className="utrecht-link" href={href.kennisbank} aria-current={current === 'artikelen' ? 'page' : undefined}>
            {k.artikelen}
          </a>
        </li>
        <li>
          <a className="utrecht-link" href={href.kennisbankCoaching} aria-current={current === 'coachen' ? 'page' : undefined}>
            {k.coachen}
          </a>
        </li>
        <li>
          <a className="utrecht-link" href={href.kennisbankKennishiaten} aria-current={current === 'kennishiaten' ? 'page' : undefined}>
            {k.kennishiaten}
          </a>
        </li>
      </ul>
    </nav>
  );
}
