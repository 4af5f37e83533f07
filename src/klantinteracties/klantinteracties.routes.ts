import type { Db } from '../db/transaction.ts';
import type { App } from '../platform/http.ts';
import { actorenResource, actorKlantcontactenResource } from './actoren.resource.ts';
import { registerKiErrorHandling } from './api-errors.ts';
import { betrokkenenResource } from './betrokkenen.resource.ts';
import { bijlagenResource } from './bijlagen.resource.ts';
import { categorieenResource, categorieRelatiesResource } from './categorieen.resource.ts';
import { contactgegevensRoutes } from './contactgegevens.routes.ts';
import { digitaleAdressenResource } from './digitaleadressen.resource.ts';
import { interneTakenResource } from './internetaken.resource.ts';
import { klantcontactenResource } from './klantcontacten.resource.ts';
import { maakKlantcontactRoute } from './maak-klantcontact.routes.ts';
import { onderwerpobjectenResource } from './onderwerpobjecten.resource.ts';
import { partijIdentificatorenResource } from './partij-identificatoren.resource.ts';
import { partijenResource } from './partijen.resource.ts';
import { rekeningnummersResource } from './rekeningnummers.resource.ts';
import { registerResource, type KiDeps } from './resource.ts';
import { API_PREFIX, API_VERSION, Urls } from '../contract/klantinteracties-urls.ts';
import { vertegenwoordigingenResource } from './vertegenwoordigingen.resource.ts';

/**
 * The VNG Klantinteracties API (as Open Klant 2.18 serves it, API 0.9.0) over Loket's own
 * tables: Loket is then the municipality's klantregister, and KISS, e-forms or a zaaksysteem
 * read and write the same partijen, klantcontacten and interne taken as the agents do.
 *
 * Glossary: partij (person or organisation the municipality deals with), klantcontact (one
 * contact moment), betrokkene (a partij's part in a klantcontact), onderwerpobject (what it was
 * about), actor (who acted for the municipality), interne taak (work handed on to a colleague).
 */
export async function klantinteractiesApi(app: App, options: { db: Db; publicUrl: string }): Promise<void> {
  const deps: KiDeps = { db: options.db, publicUrl: options.publicUrl, urls: new Urls(options.publicUrl) };
  await app.register(
    async (scope) => {
      const api = scope as App;
      registerKiErrorHandling(api, options.publicUrl);
      api.addHook('onSend', async (_request, reply) => {
        reply.header('API-version', API_VERSION);
      });
      registerResource(api, deps, partijenResource);
      registerResource(api, deps, partijIdentificatorenResource);
      registerResource(api, deps, digitaleAdressenResource);
      registerResource(api, deps, rekeningnummersResource);
      registerResource(api, deps, vertegenwoordigingenResource);
      registerResource(api, deps, klantcontactenResource);
      registerResource(api, deps, betrokkenenResource);
      registerResource(api, deps, onderwerpobjectenResource);
      registerResource(api, deps, bijlagenResource);
      registerResource(api, deps, actorenResource);
      registerResource(api, deps, actorKlantcontactenResource);
      registerResource(api, deps, interneTakenResource);
      registerResource(api, deps, categorieenResource);
      registerResource(api, deps, categorieRelatiesResource);
      maakKlantcontactRoute(api, deps);
    },
    { prefix: API_PREFIX },
  );
  await app.register(
    async (scope) => {
      const api = scope as App;
      registerKiErrorHandling(api, options.publicUrl);
      api.addHook('onSend', async (_request, reply) => {
        reply.header('API-version', '1.1.1');
      });
      contactgegevensRoutes(api, deps);
    },
    { prefix: '/contactgegevens/api/v1' },
  );
}
