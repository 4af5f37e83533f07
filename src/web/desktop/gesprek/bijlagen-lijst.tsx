import { api } from '../api/client.ts';
import type { Bijlage } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';

/** Types the server shows inline (see bijlagen.routes.ts); other files are only downloaded. */
const PREVIEW = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/** The files that came with a message: a preview for photos, a download link for each. */
export function BijlagenLijst({ gesprekId, bijlagen }: { gesprekId: string; bijlagen: Bijlage[] }) {
  const t = useT();
  if (bijlagen.length === 0) return null;
  return (
    <ul className="loket-bijlagen" aria-label={t.gesprek.bijlagen.lijst}>
      {bijlagen.map((b) => {
        const url = api.bijlageUrl(gesprekId, b.id);
        return (
          <li key={b.id} className="loket-bijlage">
            {PREVIEW.has(b.contentType.split(';')[0]!.trim()) && (
              <img className="loket-bijlage__voorbeeld" src={url} alt={t.gesprek.bijlagen.voorbeeld(b.bestandsnaam)} loading="lazy" />
            )}
            <a href={url} download={b.bestandsnaam}>
              {t.gesprek.bijlagen.downloaden(b.bestandsnaam)}
            </a>
            <span className="loket-hint">
              {' '}
              ({t.gesprek.bijlagen.soort(b.contentType)}, {t.gesprek.bijlagen.grootte(b.grootte)})
            </span>
          </li>
        );
      })}
    </ul>
  );
}
