import { burgerPagina, escapeHtml as escape } from '../channels/formulieren/burger-pagina.ts';

/**
 * The citizen's opt-out pages behind the link in a proactive message: a question with one button
 * (a link alone changes nothing, since mail scanners open links), then the outcome. Plain HTML in
 * the public pages' NL Design System shell, no script.
 */
export function afmeldenCsp(nonce: string): string {
  return `default-src 'none'; style-src 'nonce-${nonce}'; form-action 'self'; base-uri 'none'`;
}

const page = (title: string, nonce: string, body: string) => burgerPagina({ title, nonce, body, noindex: true });

export function afmeldenVraagPagina(token: string, berichtsoort: string, nonce: string): string {
  return page(
    'Afmelden voor berichten',
    nonce,
    `<h1 class="utrecht-heading-1">Afmelden voor berichten</h1>
<p class="utrecht-paragraph">U kreeg van de gemeente een bericht over <strong>${escape(berichtsoort)}</strong>. Wilt u zulke berichten niet meer krijgen?</p>
<form class="utrecht-form" method="post" action="/afmelden/${encodeURIComponent(token)}">
<button class="utrecht-button utrecht-button--primary-action" type="submit">Ja, meld mij af</button>
</form>
<p class="utrecht-paragraph">Wilt u de berichten wel blijven krijgen? Dan hoeft u niets te doen.</p>`,
  );
}

export function afgemeldPagina(berichtsoort: string, nonce: string): string {
  return page(
    'U bent afgemeld',
    nonce,
    `<h1 class="utrecht-heading-1">U bent afgemeld</h1>
<div class="utrecht-alert utrecht-alert--ok" role="status"><p class="utrecht-paragraph">U krijgt geen berichten meer over ${escape(berichtsoort)}.</p></div>
<p class="utrecht-paragraph">Toch weer berichten krijgen? Neem contact op met de gemeente.</p>`,
  );
}

export function afmeldLinkOnbekendPagina(nonce: string): string {
  return page(
    'Link niet bekend',
    nonce,
    `<h1 class="utrecht-heading-1">Link niet bekend</h1>
<p class="utrecht-paragraph">Deze link om u af te melden kennen wij niet. Controleer of u de hele link uit het bericht hebt gebruikt, of neem contact op met de gemeente.</p>`,
  );
}
