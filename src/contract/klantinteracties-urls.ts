/**
 * Where the Klantinteracties API lives and how its resources refer to each other: by absolute url.
 * A contract with the outside world (other systems keep these urls), and pure without imports, so
 * the API itself, the notificaties it publishes and the back office's links all build them here.
 */
export const API_PREFIX = '/klantinteracties/api/v1';
export const API_VERSION = '0.9.0';

export type ResourcePath =
  | 'partijen'
  | 'partij-identificatoren'
  | 'digitaleadressen'
  | 'rekeningnummers'
  | 'vertegenwoordigingen'
  | 'klantcontacten'
  | 'betrokkenen'
  | 'onderwerpobjecten'
  | 'bijlagen'
  | 'actoren'
  | 'actorklantcontacten'
  | 'internetaken'
  | 'categorieen'
  | 'categorie-relaties';

export interface ForeignKey {
  uuid: string;
  url: string;
}

export class Urls {
  readonly base: string;
  constructor(publicUrl: string) {
    this.base = `${publicUrl}${API_PREFIX}`;
  }

  of(resource: ResourcePath, id: string): string {
    return `${this.base}/${resource}/${id}`;
  }

  fk(resource: ResourcePath, id: string): ForeignKey;
  fk(resource: ResourcePath, id: string | null): ForeignKey | null;
  fk(resource: ResourcePath, id: string | null): ForeignKey | null {
    return id === null ? null : { uuid: id, url: this.of(resource, id) };
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** The uuid at the end of a resource url, as filters like `wasPartij__url` carry it. */
export function uuidFromUrl(url: string): string | undefined {
  const last = url.replace(/\/+$/, '').split('/').at(-1) ?? '';
  return isUuid(last) ? last.toLowerCase() : undefined;
}
