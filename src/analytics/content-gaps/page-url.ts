/** A page as content gaps group it: without query, fragment and trailing slash; host in lower case. */
export function normalisePageUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    const path = url.pathname.replace(/\/+$/, '') || '/';
    return `${url.protocol}//${url.host.toLowerCase()}${path}`.slice(0, 2000);
  } catch {
    return null;
  }
}

/** The article id a page URL names in its last path segment (`/afval/bladkorven-herfst`), if any. */
export function articleIdInUrl(url: string, articleIds: ReadonlySet<string>): string | null {
  const last = decodeURIComponent(new URL(url).pathname.split('/').filter(Boolean).pop() ?? '')
    .toLowerCase()
    .replace(/\.(html?|php|aspx?)$/, '');
  return articleIds.has(last) ? last : null;
}
