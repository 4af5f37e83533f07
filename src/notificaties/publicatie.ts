import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/transaction.ts';
import { Urls } from '../contract/klantinteracties-urls.ts';
import type { Clock } from '../platform/clock.ts';
import type { Message, NotificatiesClient } from './notificaties.client.ts';
import * as q from './notificaties-uit.queries.ts';

export const KANAAL = 'klantinteracties';
/** The kenmerken a subscriber can filter on (registered with the kanaal). */
export const KENMERKEN = ['nummer', 'kanaal', 'gevraagde_handeling', 'status'];

const LEASE_MS = 60_000;
const MAX_POGINGEN = 12;
const BEWAREN_MS = 7 * 24 * 3_600_000;
const backoff = (poging: number) => Math.min(3_600_000, 2_000 * 2 ** (poging - 1));
const foutTekst = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 2000);

/**
 * Delivers the outbox to the Notificaties component: each notificatie claimed under a lease (no
 * two nodes send one at once), retried with back-off, parked after MAX_POGINGEN. A node that dies
 * between the component's 201 and marking the row sends it again after the lease, unchanged
 * (same aanmaakdatum): subscribers deduplicate on the notificatie's fields, as Loket's own
 * callback does, so each change takes effect once. Registers the kanaal first when missing.
 */
export class Publicatie {
  #kanaalBekend = false;
  readonly #urls: Urls;

  constructor(
    private readonly db: Db,
    private readonly client: NotificatiesClient | undefined,
    private readonly clock: Clock,
    private readonly log: FastifyBaseLogger,
    private readonly publicUrl: string,
  ) {
    this.#urls = new Urls(publicUrl);
  }

  message(row: {
    resource: 'klantcontact' | 'internetaak';
    object_id: string;
    actie: string;
    aanmaakdatum: Date;
    kenmerken: Record<string, string>;
  }): Message {
    const url = this.#urls.of(row.resource === 'klantcontact' ? 'klantcontacten' : 'internetaken', row.object_id);
    return {
      kanaal: KANAAL,
      source: this.publicUrl.slice(0, 100),
      hoofdObject: url,
      resource: row.resource,
      resourceUrl: url,
      actie: row.actie,
      aanmaakdatum: new Date(row.aanmaakdatum).toISOString(),
      kenmerken: row.kenmerken,
    };
  }

  /** The kanaal exists at the component, or is created (a second node creating it at the same time is fine). */
  async zorgVoorKanaal(): Promise<void> {
    if (this.#kanaalBekend || !this.client) return;
    if (!(await this.client.kanaal(KANAAL))) {
      try {
        await this.client.maakKanaal({ naam: KANAAL, documentatieLink: `${this.publicUrl}/api/docs`, filters: KENMERKEN });
      } catch (error) {
        if (!(await this.client.kanaal(KANAAL))) throw error;
      }
      this.log.info({ kanaal: KANAAL }, 'kanaal registered at the Notificaties component');
    }
    this.#kanaalBekend = true;
  }

  /** Delivers what is due; without a component configured it only drops what is older than a week. */
  async processDue(limit = 100): Promise<number> {
    const nu = this.clock.now();
    if (!this.client) {
      await q.purgeNotificaties(this.db, new Date(nu.getTime() - BEWAREN_MS), true);
      return 0;
    }
    let afgeleverd = 0;
    // Rounds: an object's next notificatie becomes due once the one before it went out.
    for (let ronde = 0; ronde < 10; ronde++) {
      const due = await q.dueNotificaties(this.db, this.clock.now(), limit);
      if (due.length === 0) break;
      await this.zorgVoorKanaal();
      let dezeRonde = 0;
      for (const { volgnummer } of due) {
        const uitkomst = await this.#lever(volgnummer);
        // The component refused or is away: the rest waits for the next run rather than each timing out.
        if (uitkomst === 'mislukt') return afgeleverd + dezeRonde;
        if (uitkomst === 'afgeleverd') dezeRonde++;
      }
      afgeleverd += dezeRonde;
      if (dezeRonde === 0) break;
    }
    await q.purgeNotificaties(this.db, new Date(nu.getTime() - BEWAREN_MS), false);
    return afgeleverd;
  }

  async #lever(volgnummer: number): Promise<'afgeleverd' | 'mislukt' | 'overgeslagen'> {
    const client = this.client as NotificatiesClient;
    const nu = this.clock.now();
    const row = await q.claimNotificatie(this.db, volgnummer, nu, new Date(nu.getTime() + LEASE_MS));
    if (!row) return 'overgeslagen';
    try {
      await client.publiceer(this.message(row));
    } catch (error) {
      const geparkeerd = row.poging >= MAX_POGINGEN;
      const eind = this.clock.now();
      await q.markNotificatie(this.db, volgnummer, row.poging, {
        status: geparkeerd ? 'mislukt' : 'wachtend',
        fout: foutTekst(error),
        volgende: new Date(eind.getTime() + backoff(row.poging)),
        nu: eind,
      });
      this.log.warn({ err: error, volgnummer, poging: row.poging, geparkeerd }, 'publishing a notificatie failed');
      return 'mislukt';
    }
    await q.markNotificatie(this.db, volgnummer, row.poging, { status: 'afgeleverd', fout: null, volgende: null, nu: this.clock.now() });
    return 'afgeleverd';
  }
}
