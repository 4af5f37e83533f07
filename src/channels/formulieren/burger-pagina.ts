import { FORMULIER_CSS } from './formulier-assets.ts';

/** Text made safe for HTML content and attribute values. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A complete page for a citizen in the public forms' NL Design System styling (the web forms, the
 * survey): the style, and the script when there is one, inline with the response's CSP nonce, so
 * the page loads nothing from elsewhere.
 */
export function burgerPagina(pagina: { title: string; nonce: string; body: string; script?: string; noindex?: boolean }): string {
  const { title, nonce, body, script, noindex } = pagina;
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${noindex ? '<meta name="robots" content="noindex">\n' : ''}<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${FORMULIER_CSS}</style>
</head>
<body class="utrecht-page utrecht-document">
<main class="utrecht-page-content" id="inhoud">
${body}
</main>
${script ? `<script nonce="${nonce}">${script}</script>\n` : ''}</body>
</html>`;
}
