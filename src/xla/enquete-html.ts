import { burgerPagina, escapeHtml as escape } from '../channels/formulieren/burger-pagina.ts';

/**
 * The citizen's survey page for WhatsApp and e-mail: a plain HTML form (no script needed) with
 * the public forms' NL Design System styling, fieldsets with legends, and errors tied to their
 * questions and listed in a summary at the top.
 */

export const TEVREDENHEID_LABELS = ['Zeer ontevreden', 'Ontevreden', 'Neutraal', 'Tevreden', 'Zeer tevreden'] as const;

export interface EnqueteFouten {
  tevredenheid?: string;
  vraagBeantwoord?: string;
  opmerking?: string;
}

export interface EnqueteWaarden {
  tevredenheid?: string;
  vraagBeantwoord?: string;
  opmerking?: string;
}

/** Only the page's own inline style; the form posts to Loket itself. */
export function enqueteCsp(nonce: string): string {
  return `default-src 'none'; style-src 'nonce-${nonce}'; form-action 'self'; img-src 'self' data:; base-uri 'none'`;
}

const page = (title: string, nonce: string, body: string) => burgerPagina({ title, nonce, body, noindex: true });

function fout(id: string, message: string | undefined) {
  return message
    ? `<p class="utrecht-form-field-error-message" id="${id}-fout"><span class="loket-sr">Fout: </span>${escape(message)}</p>`
    : '';
}

function radios(naam: string, opties: readonly (readonly [value: string, label: string])[], gekozen: string | undefined) {
  return opties
    .map(
      ([value, label], i) =>
        `<div class="utrecht-form-field utrecht-form-field--radio"><input class="utrecht-radio-button" type="radio" id="${naam}-${i}" name="${naam}" value="${value}"${gekozen === value ? ' checked' : ''} required> <label class="utrecht-form-label utrecht-form-label--radio" for="${naam}-${i}">${escape(label)}</label></div>`,
    )
    .join('\n');
}

function fieldset(naam: string, legend: string, inner: string, message: string | undefined) {
  const invalid = message ? ' utrecht-form-field--invalid' : '';
  return `<fieldset class="utrecht-form-fieldset${invalid}" id="${naam}"${message ? ` aria-describedby="${naam}-fout" aria-invalid="true"` : ''}>
<legend class="utrecht-form-fieldset__legend">${escape(legend)}</legend>
${fout(naam, message)}
${inner}
</fieldset>`;
}

export function enquetePagina(token: string, nonce: string, waarden: EnqueteWaarden = {}, fouten: EnqueteFouten = {}): string {
  const problemen = (Object.entries(fouten) as [keyof EnqueteFouten, string][]).filter(([, m]) => m);
  const eerste: Record<keyof EnqueteFouten, string> = {
    tevredenheid: 'tevredenheid-0',
    vraagBeantwoord: 'vraagBeantwoord-0',
    opmerking: 'opmerking',
  };
  const summary = problemen.length
    ? `<div class="utrecht-alert utrecht-alert--error loket-foutoverzicht" role="alert" aria-labelledby="foutoverzicht-titel">
<h2 class="utrecht-heading-2" id="foutoverzicht-titel">Er ging iets mis. Controleer de volgende vragen:</h2>
<ul class="utrecht-unordered-list">${problemen.map(([veld, m]) => `<li><a class="utrecht-link" href="#${eerste[veld]}">${escape(m)}</a></li>`).join('')}</ul>
</div>`
    : '';
  const opmerkingFout = fouten.opmerking;
  const body = `<h1 class="utrecht-heading-1">Hoe was uw contact met de gemeente?</h1>
<p class="utrecht-paragraph">Drie korte vragen. Uw antwoorden helpen ons de dienstverlening te verbeteren.</p>
${summary}
<form class="utrecht-form" method="post" action="/enquete/${escape(token)}" novalidate>
${fieldset(
  'tevredenheid',
  'Hoe tevreden bent u over het contact?',
  radios(
    'tevredenheid',
    TEVREDENHEID_LABELS.map((label, i) => [String(i + 1), `${i + 1} – ${label}`] as const),
    waarden.tevredenheid,
  ),
  fouten.tevredenheid,
)}
${fieldset(
  'vraagBeantwoord',
  'Is uw vraag beantwoord?',
  radios(
    'vraagBeantwoord',
    [
      ['ja', 'Ja'],
      ['nee', 'Nee'],
    ],
    waarden.vraagBeantwoord,
  ),
  fouten.vraagBeantwoord,
)}
<div class="utrecht-form-field${opmerkingFout ? ' utrecht-form-field--invalid' : ''}">
<label class="utrecht-form-label" for="opmerking">Wilt u nog iets kwijt? <span class="loket-optioneel">(niet verplicht)</span></label>
<div class="utrecht-form-field-description" id="opmerking-hint">Noem geen persoonlijke gegevens zoals uw BSN. Hoogstens 1000 tekens.</div>
${fout('opmerking', opmerkingFout)}
<textarea class="utrecht-textarea${opmerkingFout ? ' utrecht-textarea--invalid' : ''}" id="opmerking" name="opmerking" rows="5" maxlength="1000" aria-describedby="opmerking-hint${opmerkingFout ? ' opmerking-fout' : ''}">${escape(waarden.opmerking ?? '')}</textarea>
</div>
<div class="utrecht-button-group"><button class="utrecht-button utrecht-button--primary-action" type="submit">Versturen</button></div>
</form>`;
  return page(`${problemen.length ? 'Fout: ' : ''}Enquête over uw contact`, nonce, body);
}

export function bedanktPagina(nonce: string): string {
  return page(
    'Bedankt voor uw mening',
    nonce,
    `<h1 class="utrecht-heading-1">Bedankt voor uw mening</h1>
<div class="utrecht-alert utrecht-alert--ok" role="status"><p class="utrecht-paragraph">Uw antwoorden zijn ontvangen.</p></div>`,
  );
}

export function nietBeschikbaarPagina(nonce: string, message: string): string {
  return page(
    'Enquête niet beschikbaar',
    nonce,
    `<h1 class="utrecht-heading-1">Enquête niet beschikbaar</h1>\n<p class="utrecht-paragraph">${escape(message)}</p>`,
  );
}
