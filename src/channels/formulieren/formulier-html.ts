import type { FieldProblem } from '../../platform/errors.ts';
import { burgerPagina, escapeHtml as escape } from './burger-pagina.ts';
import { FORMULIER_SCRIPT } from './formulier-assets.ts';
import type { Veld } from './formulier-definitie.ts';

/**
 * The citizen's HTML form: complete pages with inline styles and script (no external assets),
 * NL Design System (Utrecht) class names, labels and fieldsets, hints and errors tied to their
 * fields with aria-describedby, and an error summary at the top that links to each field.
 * Without JavaScript it is an ordinary form POST; with it, the script posts JSON to the API.
 */
const idOf = (naam: string) => `veld-${naam.replace(/\./g, '-')}`;

export interface PaginaOpties {
  nonce: string;
  /** Values as the browser sent them (dotted names), to fill the form in again after errors. */
  waarden?: Record<string, unknown>;
  fouten?: FieldProblem[];
  /** One token per rendered form: a double click or a resent POST stores one submission. */
  token: string;
}

interface Formulier {
  id: string;
  titel: string;
  omschrijving: string | null;
}

const page = (title: string, nonce: string, body: string) => burgerPagina({ title, nonce, body, script: FORMULIER_SCRIPT });

/** The Content-Security-Policy that goes with a page: only its own inline style and script, posts to Loket itself. */
export function contentSecurityPolicy(nonce: string): string {
  return `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; connect-src 'self'; form-action 'self'; img-src 'self' data:; base-uri 'none'`;
}

function fieldName(problem: FieldProblem): string {
  return problem.field.replace(/^body\.?/, '');
}

function textValue(waarden: Record<string, unknown>, naam: string): string {
  const value = waarden[naam];
  const last = Array.isArray(value) ? value.at(-1) : value;
  return typeof last === 'string' || typeof last === 'number' ? String(last) : '';
}

function renderVeld(veld: Veld, opties: Required<Pick<PaginaOpties, 'waarden'>> & { fouten: Map<string, string> }): string {
  const id = idOf(veld.naam);
  const fout = opties.fouten.get(veld.naam);
  const describedBy = [veld.hint ? `${id}-hint` : '', fout ? `${id}-fout` : ''].filter(Boolean).join(' ');
  const aria = `${describedBy ? ` aria-describedby="${describedBy}"` : ''}${fout ? ' aria-invalid="true"' : ''}`;
  const base = ` data-describedby="${veld.hint ? `${id}-hint` : ''}"`;
  const optioneel = veld.verplicht ? '' : ' <span class="loket-optioneel">(niet verplicht)</span>';
  const hint = veld.hint ? `<div class="utrecht-form-field-description" id="${id}-hint">${escape(veld.hint)}</div>` : '';
  const error = `<p class="utrecht-form-field-error-message" id="${id}-fout" data-fout${fout ? '' : ' hidden'}><span class="loket-sr">Fout: </span><span class="loket-fouttekst">${escape(fout ?? '')}</span></p>`;
  const value = textValue(opties.waarden, veld.naam);
  const invalid = fout ? ' utrecht-form-field--invalid' : '';

  if (veld.invoer === 'groep' || veld.invoer === 'keuzerondjes') {
    const inner =
      veld.invoer === 'groep'
        ? veld.velden.map((child) => renderVeld(child, opties)).join('\n')
        : veld.opties
            .map((optie, index) => {
              const optionId = `${id}-${index}`;
              return `<div class="utrecht-form-field utrecht-form-field--radio"><input class="utrecht-radio-button" type="radio" id="${optionId}" name="${veld.naam}" value="${escape(optie)}"${value === optie ? ' checked' : ''}> <label class="utrecht-form-label utrecht-form-label--radio" for="${optionId}">${escape(optie)}</label></div>`;
            })
            .join('\n');
    return `<fieldset class="utrecht-form-fieldset${invalid}" id="${id}"${describedBy ? ` aria-describedby="${describedBy}"` : ''}${base}>
<legend class="utrecht-form-fieldset__legend">${escape(veld.label)}${optioneel}</legend>
${hint}${error}
${inner}
</fieldset>`;
  }

  let control: string;
  const common = `id="${id}" name="${veld.naam}"${aria}${base}${veld.verplicht ? ' aria-required="true"' : ''}`;
  if (veld.invoer === 'tekstvak') {
    control = `<textarea class="utrecht-textarea${fout ? ' utrecht-textarea--invalid' : ''}" ${common} rows="6">${escape(value)}</textarea>`;
  } else if (veld.invoer === 'keuzelijst') {
    const options = veld.opties
      .map((optie) => `<option value="${escape(optie)}"${value === optie ? ' selected' : ''}>${escape(optie)}</option>`)
      .join('');
    control = `<select class="utrecht-select${fout ? ' utrecht-select--invalid' : ''}" ${common}><option value="">Maak een keuze</option>${options}</select>`;
  } else if (veld.invoer === 'vinkje') {
    const checked = value !== '' && value !== 'false' ? ' checked' : '';
    return `<div class="utrecht-form-field utrecht-form-field--checkbox${invalid}">
${error}<input class="utrecht-checkbox" type="checkbox" value="ja" ${common}${checked} data-type="boolean"> <label class="utrecht-form-label utrecht-form-label--checkbox" for="${id}">${escape(veld.label)}${optioneel}</label>
${hint}
</div>`;
  } else {
    const type = { email: 'email', tel: 'tel', datum: 'date' }[veld.invoer as string] ?? 'text';
    const autocomplete = { naam: 'name', email: 'email', telefoonnummer: 'tel' }[veld.rol as string];
    const extra = veld.invoer === 'getal' ? ' inputmode="decimal" data-type="number"' : '';
    control = `<input class="utrecht-textbox utrecht-textbox--html-input${fout ? ' utrecht-textbox--invalid' : ''}" type="${type}" ${common} value="${escape(value)}"${autocomplete ? ` autocomplete="${autocomplete}"` : ''}${extra}>`;
  }
  return `<div class="utrecht-form-field${invalid}">
<label class="utrecht-form-label" for="${id}">${escape(veld.label)}${optioneel}</label>
${hint}${error}
${control}
</div>`;
}

function firstControl(velden: Veld[], naam: string): string {
  const veld = velden.flatMap((v) => [v, ...v.velden]).find((v) => v.naam === naam);
  if (veld?.invoer === 'keuzerondjes') return `${idOf(naam)}-0`;
  if (veld?.invoer === 'groep' && veld.velden[0]) return idOf(veld.velden[0].naam);
  return veld ? idOf(naam) : 'formulier';
}

export function formulierPagina(form: Formulier, velden: Veld[], opties: PaginaOpties): string {
  const fouten = new Map((opties.fouten ?? []).map((f) => [fieldName(f), f.message]));
  const summary = opties.fouten?.length
    ? (opties.fouten ?? [])
        .map((f) => `<li><a class="utrecht-link" href="#${firstControl(velden, fieldName(f))}">${escape(f.message)}</a></li>`)
        .join('')
    : '';
  const body = `<h1 class="utrecht-heading-1" id="titel">${escape(form.titel)}</h1>
${form.omschrijving ? `<p class="utrecht-paragraph">${escape(form.omschrijving)}</p>` : ''}
<div class="utrecht-alert utrecht-alert--error loket-foutoverzicht" id="foutoverzicht" role="alert" tabindex="-1" aria-labelledby="foutoverzicht-titel"${summary ? '' : ' hidden'}>
<h2 class="utrecht-heading-2" id="foutoverzicht-titel">Er ging iets mis. Controleer de volgende velden:</h2>
<ul class="utrecht-unordered-list">${summary}</ul>
</div>
<form class="utrecht-form" id="formulier" method="post" action="/formulieren/${form.id}" data-api="/api/formulieren/${form.id}/inzendingen" novalidate>
<input type="hidden" name="_idempotentie" value="${escape(opties.token)}">
${velden.map((veld) => renderVeld(veld, { waarden: opties.waarden ?? {}, fouten })).join('\n')}
<div class="utrecht-button-group"><button class="utrecht-button utrecht-button--primary-action" type="submit">Versturen</button></div>
</form>`;
  return page(`${summary ? 'Fout: ' : ''}${form.titel}`, opties.nonce, body);
}

export function bevestigingPagina(form: Formulier, result: { bevestiging: string; kenmerk: string | null }, nonce: string): string {
  const body = `<h1 class="utrecht-heading-1" id="titel">${escape(form.titel)}: verzonden</h1>
<div class="utrecht-alert utrecht-alert--ok" role="status">
<p class="utrecht-paragraph">${escape(result.bevestiging)}</p>
${result.kenmerk ? `<p class="utrecht-paragraph">Uw kenmerk is <strong>${escape(result.kenmerk)}</strong>. Noem dit kenmerk als u contact met ons opneemt.</p>` : ''}
</div>`;
  return page(`Verzonden – ${form.titel}`, nonce, body);
}

export function foutPagina(status: number, message: string, nonce: string): string {
  const title = status === 404 ? 'Formulier niet gevonden' : 'Het formulier kon niet worden verwerkt';
  return page(title, nonce, `<h1 class="utrecht-heading-1">${escape(title)}</h1>\n<p class="utrecht-paragraph">${escape(message)}</p>`);
}
