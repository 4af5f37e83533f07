import type { BackofficeEnvConfig } from '../../config.ts';
import type { Bron } from './bron.ts';
import { metStandaarden } from './bronnen.service.ts';

/** The first BRP and zaken source from the environment, as read-only sources with fixed ids. */
export function omgevingsbronnen(env: BackofficeEnvConfig, namen = { brp: 'BRP (omgeving)', zaken: 'Zaaksysteem (omgeving)' }): Bron[] {
  const bronnen: Bron[] = [];
  if (env.brp) {
    bronnen.push({
      id: 'omgeving-brp',
      soort: 'brp',
      naam: namen.brp,
      herkomst: 'omgeving',
      actief: true,
      versie: 'omgeving',
      instellingen: metStandaarden('brp', { apiUrl: env.brp.apiUrl, authenticatie: 'api-key' }),
      geheimen: { apiKey: env.brp.apiKey },
    } as Bron);
  }
  if (env.zaken) {
    const { secret, ...instellingen } = env.zaken;
    bronnen.push({
      id: 'omgeving-zaken',
      soort: 'zaken',
      naam: namen.zaken,
      herkomst: 'omgeving',
      actief: true,
      versie: 'omgeving',
      instellingen: metStandaarden('zaken', instellingen),
      geheimen: { secret },
    } as Bron);
  }
  return bronnen;
}
