import { Type } from 'typebox';
import type { App } from '../platform/http.ts';
import { loadBetrokkenen } from './betrokkenen.load.ts';
import type { KiContext } from './ki-context.ts';
import { loadKlantcontacten } from './klantcontacten.load.ts';
import {
  BETROKKENE_REQUIRED,
  betrokkeneProperties,
  KLANTCONTACT_REQUIRED,
  klantcontactProperties,
  onderwerpobjectProperties,
  writeBetrokkene,
  writeKlantcontact,
  writeOnderwerpobject,
  type BetrokkeneBody,
  type KlantcontactBody,
  type OnderwerpobjectBody,
} from './klantcontacten.write.ts';
import { loadOnderwerpobjecten } from './onderwerpobjecten.load.ts';
import { withKi, type KiDeps } from './resource.ts';
import { bodySchemas } from './schemas.ts';

const MaakKlantcontactBody = Type.Object({
  klantcontact: bodySchemas(klantcontactProperties, KLANTCONTACT_REQUIRED).body,
  betrokkene: Type.Optional(bodySchemas(betrokkeneProperties, BETROKKENE_REQUIRED).body),
  onderwerpobject: Type.Optional(bodySchemas(onderwerpobjectProperties, []).body),
});

interface MaakKlantcontact {
  klantcontact: KlantcontactBody;
  betrokkene?: Omit<BetrokkeneBody, 'hadKlantcontact'>;
  onderwerpobject?: Omit<OnderwerpobjectBody, 'klantcontact'>;
}

async function first<R>(load: Promise<R[]>): Promise<R> {
  const [item] = await load;
  if (!item) throw new Error('just written, yet not found');
  return item;
}

async function maak(k: KiContext, body: MaakKlantcontact) {
  const klantcontactId = await writeKlantcontact(k, null, body.klantcontact);
  const betrokkeneId = body.betrokkene ? await writeBetrokkene(k, null, body.betrokkene, 'betrokkene', klantcontactId) : undefined;
  const onderwerpId = body.onderwerpobject
    ? await writeOnderwerpobject(k, null, body.onderwerpobject, 'onderwerpobject', klantcontactId)
    : undefined;
  return {
    klantcontact: await first(loadKlantcontacten(k, [klantcontactId])),
    ...(betrokkeneId ? { betrokkene: await first(loadBetrokkenen(k, [betrokkeneId])) } : {}),
    ...(onderwerpId ? { onderwerpobject: await first(loadOnderwerpobjecten(k, [onderwerpId])) } : {}),
  };
}

/** One call that registers a klantcontact with its betrokkene and onderwerpobject, atomically. */
export function maakKlantcontactRoute(app: App, deps: KiDeps): void {
  app.post(
    '/maak-klantcontact',
    {
      config: { toegang: 'klantcontact:schrijven', persoonsgegevens: true },
      schema: {
        tags: ['klantinteracties: maak-klantcontact'],
        summary: 'Klantcontact met betrokkene en onderwerpobject in één keer registreren',
        body: MaakKlantcontactBody,
      },
    },
    async (request, reply) => {
      const answer = await withKi(
        deps,
        request,
        'klantcontact:schrijven',
        { actie: 'Klantcontact registreren (Klantinteracties API)', handeling: 'Invoeren' },
        (k) => maak(k, request.body as unknown as MaakKlantcontact),
      );
      return reply.status(201).send(answer);
    },
  );
}
