import { loadBetrokkenen } from './betrokkenen.load.ts';
import { loadCategorieRelaties } from './categorieen.load.ts';
import { loadDigitaleAdressen } from './digitaleadressen.load.ts';
import { below, type Expand } from './expand.ts';
import { loadInterneTaken } from './internetaken.load.ts';
import type { KiContext } from './ki-context.ts';
import { loadKlantcontacten } from './klantcontacten.load.ts';
import { loadPartijen } from './partijen.load.ts';
import { loadBijlagen, loadOnderwerpobjecten } from './onderwerpobjecten.load.ts';
import type { ForeignKey } from '../contract/klantinteracties-urls.ts';

/**
 * `?expand=`: embeds related resources under `_expand`. The loaders know only their own
 * resource; this module, one level above them, follows the references a loaded resource
 * carries and calls the next loader, so no loader imports another.
 */
type Loaded<L extends (k: KiContext, ids: string[]) => Promise<unknown[]>> = Awaited<ReturnType<L>>[number];

export type PartijResource = Loaded<typeof loadPartijen> & { _expand?: PartijExpansions };
export type BetrokkeneResource = Loaded<typeof loadBetrokkenen> & { _expand?: BetrokkeneExpansions };
export type DigitaalAdresResource = Loaded<typeof loadDigitaleAdressen> & { _expand?: DigitaalAdresExpansions };
export type KlantcontactResource = Loaded<typeof loadKlantcontacten> & { _expand?: KlantcontactExpansions };

interface PartijExpansions {
  betrokkenen?: BetrokkeneResource[];
  digitaleAdressen?: DigitaalAdresResource[];
  categorieRelaties?: Loaded<typeof loadCategorieRelaties>[];
}
interface BetrokkeneExpansions {
  digitaleAdressen?: DigitaalAdresResource[];
  hadKlantcontact?: KlantcontactResource | null;
  wasPartij?: PartijResource | null;
}
interface DigitaalAdresExpansions {
  verstrektDoorBetrokkene?: BetrokkeneResource | null;
}
interface KlantcontactExpansions {
  gingOverOnderwerpobjecten?: Loaded<typeof loadOnderwerpobjecten>[];
  hadBetrokkenen?: BetrokkeneResource[];
  leiddeTotInterneTaken?: Loaded<typeof loadInterneTaken>[];
  omvatteBijlagen?: Loaded<typeof loadBijlagen>[];
}

type Ref = ForeignKey | null;

/** Loads, in one call, every resource the parents refer to, and picks each parent's own in its order. */
async function related<P, R extends { uuid: string }>(parents: P[], refs: (parent: P) => Ref[], load: (ids: string[]) => Promise<R[]>) {
  const ids = [
    ...new Set(
      parents
        .flatMap(refs)
        .filter((r): r is ForeignKey => r !== null)
        .map((r) => r.uuid),
    ),
  ];
  const byId = new Map((await load(ids)).map((r) => [r.uuid, r]));
  return {
    many: (parent: P) => refs(parent).flatMap((r) => (r && byId.has(r.uuid) ? [byId.get(r.uuid)!] : [])),
    one: (parent: P) => {
      const [ref] = refs(parent);
      return (ref && byId.get(ref.uuid)) ?? null;
    },
  };
}

const NONE = { many: () => [], one: () => null };

export async function expandPartijen(k: KiContext, ids: string[], expand: Expand): Promise<PartijResource[]> {
  const partijen = await loadPartijen(k, ids);
  if (expand.size === 0) return partijen;
  const [betrokkenen, adressen, relaties] = await Promise.all([
    expand.has('betrokkenen')
      ? related(
          partijen,
          (p) => p.betrokkenen,
          (list) => expandBetrokkenen(k, list, below(expand, 'betrokkenen')),
        )
      : NONE,
    expand.has('digitaleAdressen')
      ? related(
          partijen,
          (p) => p.digitaleAdressen,
          (list) => expandDigitaleAdressen(k, list, new Set()),
        )
      : NONE,
    expand.has('categorieRelaties')
      ? related(
          partijen,
          (p) => p.categorieRelaties,
          (list) => loadCategorieRelaties(k, list),
        )
      : NONE,
  ]);
  return partijen.map((p) => {
    const e: PartijExpansions = {};
    if (expand.has('betrokkenen')) e.betrokkenen = betrokkenen.many(p);
    if (expand.has('digitaleAdressen')) e.digitaleAdressen = adressen.many(p);
    if (expand.has('categorieRelaties')) e.categorieRelaties = relaties.many(p);
    return { ...p, _expand: e };
  });
}

export async function expandBetrokkenen(k: KiContext, ids: string[], expand: Expand): Promise<BetrokkeneResource[]> {
  const betrokkenen = await loadBetrokkenen(k, ids);
  if (expand.size === 0) return betrokkenen;
  const [adressen, contacten, partijen] = await Promise.all([
    expand.has('digitaleAdressen')
      ? related(
          betrokkenen,
          (b) => b.digitaleAdressen,
          (list) => expandDigitaleAdressen(k, list, new Set()),
        )
      : NONE,
    expand.has('hadKlantcontact')
      ? related(
          betrokkenen,
          (b) => [b.hadKlantcontact],
          (list) => expandKlantcontacten(k, list, below(expand, 'hadKlantcontact')),
        )
      : NONE,
    expand.has('wasPartij')
      ? related(
          betrokkenen,
          (b) => [b.wasPartij],
          (list) => expandPartijen(k, list, new Set()),
        )
      : NONE,
  ]);
  return betrokkenen.map((b) => {
    const e: BetrokkeneExpansions = {};
    if (expand.has('digitaleAdressen')) e.digitaleAdressen = adressen.many(b);
    if (expand.has('hadKlantcontact')) e.hadKlantcontact = contacten.one(b);
    if (expand.has('wasPartij')) e.wasPartij = partijen.one(b);
    return { ...b, _expand: e };
  });
}

export async function expandDigitaleAdressen(k: KiContext, ids: string[], expand: Expand): Promise<DigitaalAdresResource[]> {
  const adressen = await loadDigitaleAdressen(k, ids);
  if (!expand.has('verstrektDoorBetrokkene')) return adressen;
  const betrokkenen = await related(
    adressen,
    (a) => [a.verstrektDoorBetrokkene],
    (list) => expandBetrokkenen(k, list, below(expand, 'verstrektDoorBetrokkene')),
  );
  return adressen.map((a) => ({ ...a, _expand: { verstrektDoorBetrokkene: betrokkenen.one(a) } }));
}

export async function expandKlantcontacten(k: KiContext, ids: string[], expand: Expand): Promise<KlantcontactResource[]> {
  const contacten = await loadKlantcontacten(k, ids);
  if (expand.size === 0) return contacten;
  const [onderwerpen, betrokkenen, taken, bijlagen] = await Promise.all([
    expand.has('gingOverOnderwerpobjecten')
      ? related(
          contacten,
          (c) => c.gingOverOnderwerpobjecten,
          (list) => loadOnderwerpobjecten(k, list),
        )
      : NONE,
    expand.has('hadBetrokkenen')
      ? related(
          contacten,
          (c) => c.hadBetrokkenen,
          (list) => expandBetrokkenen(k, list, below(expand, 'hadBetrokkenen')),
        )
      : NONE,
    expand.has('leiddeTotInterneTaken')
      ? related(
          contacten,
          (c) => c.leiddeTotInterneTaken,
          (list) => loadInterneTaken(k, list),
        )
      : NONE,
    expand.has('omvatteBijlagen')
      ? related(
          contacten,
          (c) => c.omvatteBijlagen,
          (list) => loadBijlagen(k, list),
        )
      : NONE,
  ]);
  return contacten.map((c) => {
    const e: KlantcontactExpansions = {};
    if (expand.has('gingOverOnderwerpobjecten')) e.gingOverOnderwerpobjecten = onderwerpen.many(c);
    if (expand.has('hadBetrokkenen')) e.hadBetrokkenen = betrokkenen.many(c);
    if (expand.has('leiddeTotInterneTaken')) e.leiddeTotInterneTaken = taken.many(c);
    if (expand.has('omvatteBijlagen')) e.omvatteBijlagen = bijlagen.many(c);
    return { ...c, _expand: e };
  });
}
