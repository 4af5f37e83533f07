import type { Config } from '../config.ts';
import type { Db } from '../db/transaction.ts';
import type { App } from '../platform/http.ts';
import { API_PREFIX } from '../contract/klantinteracties-urls.ts';
import { Backoffice, type BackofficeOptions } from './backoffice.ts';
import { brpRoutes } from './brp/brp.routes.ts';
import { bronnenRoutes } from './bronnen/bronnen.routes.ts';
import { omgevingsbronnen } from './bronnen/omgeving.ts';
import { startDemoBackoffice } from './peers/demo-backoffice.ts';
import { zakenRoutes } from './zaken/zaken.routes.ts';

export interface BackofficeDeps {
  db: Db;
  config: Config;
  options?: Partial<BackofficeOptions> | undefined;
}

/**
 * Back-office connections: sources from the environment, or with LOKET_DEMO and no ZAKEN_API_URL
 * the built-in demo back office (stopped when the app closes), then the beheer, BRP and zaken routes.
 */
export async function registerBackoffice(app: App, { db, config, options }: BackofficeDeps): Promise<Backoffice> {
  const bo = new Backoffice(db, config.secretKey, app.log, options);
  bo.omgeving = omgevingsbronnen(config.backoffice);
  if (config.demoData && !config.backoffice.zaken) {
    const demo = await startDemoBackoffice(app.clock.now(), { brp: !config.backoffice.brp });
    bo.omgeving = [...bo.omgeving, ...demo.bronnen];
    app.addHook('onClose', async () => demo.stop());
  }
  app.addHook('onClose', async () => bo.close());
  app.decorate('backoffice', bo);
  bronnenRoutes(app, bo);
  brpRoutes(app, bo);
  zakenRoutes(app, bo, (id) => `${config.publicUrl}${API_PREFIX}/klantcontacten/${id}`);
  return bo;
}
