/**
 * The form page's own style and script, inlined so the page needs nothing from elsewhere.
 * The style follows NL Design System's Utrecht components with design tokens as CSS variables a
 * municipality can override; the script is progressive enhancement only.
 */
export const FORMULIER_CSS = `
:root{--loket-kleur-primair:#01689b;--loket-kleur-fout:#d52b1e;--loket-kleur-ok:#39870c;--loket-kleur-tekst:#1a1a1a;--loket-focus:#ffbf47}
.utrecht-document{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:1.125rem;line-height:1.5;color:var(--loket-kleur-tekst);margin:0}
.utrecht-page-content{max-width:40rem;margin:0 auto;padding:1.5rem 1rem}
.utrecht-heading-1{font-size:2rem;line-height:1.2;margin:0 0 1rem}.utrecht-heading-2{font-size:1.25rem;margin:0 0 .5rem}
.utrecht-form-field,.utrecht-form-fieldset{margin:0 0 1.5rem}
.utrecht-form-fieldset{border:0;padding:0}
.utrecht-form-fieldset__legend{font-weight:700;padding:0;margin-bottom:.25rem}
.utrecht-form-field .utrecht-form-fieldset__legend{font-size:1rem}
.utrecht-form-label{display:block;font-weight:700}
.utrecht-form-label--radio,.utrecht-form-label--checkbox{display:inline;font-weight:400}
.utrecht-form-field-description{color:#555;margin:.125rem 0 .25rem}
.utrecht-form-field-error-message{color:var(--loket-kleur-fout);font-weight:700;margin:.25rem 0}
.utrecht-form-field--invalid{border-left:4px solid var(--loket-kleur-fout);padding-left:.75rem}
.utrecht-textbox,.utrecht-textarea,.utrecht-select{box-sizing:border-box;width:100%;font:inherit;padding:.5rem;border:2px solid #555;border-radius:0}
.utrecht-textbox--invalid,.utrecht-textarea--invalid,.utrecht-select--invalid{border-color:var(--loket-kleur-fout)}
.utrecht-radio-button,.utrecht-checkbox{width:1.5rem;height:1.5rem;vertical-align:middle}
.utrecht-button{font:inherit;font-weight:700;padding:.75rem 1.5rem;border:0;cursor:pointer}
.utrecht-button--primary-action{background:var(--loket-kleur-primair);color:#fff}
:focus-visible{outline:3px solid var(--loket-focus);outline-offset:2px}
.utrecht-alert{border:3px solid;padding:1rem;margin:0 0 1.5rem}
.utrecht-alert--error{border-color:var(--loket-kleur-fout)}.utrecht-alert--ok{border-color:var(--loket-kleur-ok)}
.utrecht-link{color:var(--loket-kleur-fout);font-weight:700}
.loket-optioneel{font-weight:400}
.loket-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
[hidden]{display:none!important}
`;

export const FORMULIER_SCRIPT = `
(function () {
  var form = document.getElementById('formulier');
  if (!form || !window.fetch || !window.FormData || !window.JSON) return;
  var summary = document.getElementById('foutoverzicht');
  var idOf = function (naam) { return 'veld-' + naam.replace(/\\./g, '-'); };
  var target = function (naam) {
    var el = document.getElementById(idOf(naam) + '-0') || document.getElementById(idOf(naam));
    if (el && el.tagName === 'FIELDSET') { var first = el.querySelector('input,select,textarea'); if (first) return first.id; }
    return el ? el.id : 'formulier';
  };
  function collect() {
    var data = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.name.charAt(0) === '_' || el.disabled) return;
      if ((el.type === 'radio' || el.type === 'checkbox') && !el.checked) return;
      var value = el.type === 'checkbox' ? true : el.value.trim();
      if (value === '') return;
      if (el.getAttribute('data-type') === 'number') { var n = Number(value.replace(',', '.')); if (!isNaN(n)) value = n; }
      var parts = el.name.split('.'), node = data;
      for (var i = 0; i < parts.length - 1; i++) node = node[parts[i]] = node[parts[i]] || {};
      node[parts[parts.length - 1]] = value;
    });
    return data;
  }
  function clearErrors() {
    Array.prototype.forEach.call(form.querySelectorAll('[data-fout]'), function (p) { p.hidden = true; p.querySelector('.loket-fouttekst').textContent = ''; });
    Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (el) { el.removeAttribute('aria-invalid'); });
    Array.prototype.forEach.call(form.querySelectorAll('[data-describedby]'), function (el) {
      var base = el.getAttribute('data-describedby');
      if (base) el.setAttribute('aria-describedby', base); else el.removeAttribute('aria-describedby');
    });
  }
  function showErrors(fields) {
    clearErrors();
    var list = summary.querySelector('ul');
    list.textContent = '';
    fields.forEach(function (f) {
      var naam = f.field.replace(/^body\\.?/, '');
      var id = idOf(naam), p = document.getElementById(id + '-fout'), control = document.getElementById(id);
      if (p && p.hidden) { p.querySelector('.loket-fouttekst').textContent = f.message; p.hidden = false; }
      if (control) {
        control.setAttribute('aria-invalid', 'true');
        control.setAttribute('aria-describedby', ((control.getAttribute('data-describedby') || '') + ' ' + id + '-fout').trim());
      }
      var li = document.createElement('li'), a = document.createElement('a');
      a.href = '#' + target(naam); a.className = 'utrecht-link'; a.textContent = f.message;
      li.appendChild(a); list.appendChild(li);
    });
    summary.hidden = false;
    if (document.title.indexOf('Fout: ') !== 0) document.title = 'Fout: ' + document.title;
    summary.focus();
  }
  function confirm(body) {
    var main = document.getElementById('inhoud'), title = document.getElementById('titel');
    var box = document.createElement('div'), p = document.createElement('p');
    box.className = 'utrecht-alert utrecht-alert--ok'; box.setAttribute('role', 'status');
    p.className = 'utrecht-paragraph'; p.textContent = body.bevestiging; box.appendChild(p);
    if (body.kenmerk) { var k = document.createElement('p'); k.className = 'utrecht-paragraph'; k.textContent = 'Uw kenmerk is ' + body.kenmerk + '. Noem dit kenmerk als u contact met ons opneemt.'; box.appendChild(k); }
    title.textContent = title.textContent + ': verzonden';
    document.title = 'Verzonden – ' + document.title.replace(/^Fout: /, '');
    main.textContent = ''; main.appendChild(title); main.appendChild(box);
    title.setAttribute('tabindex', '-1'); title.focus();
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var button = form.querySelector('button[type=submit]');
    button.disabled = true;
    fetch(form.getAttribute('data-api'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': form.elements._idempotentie.value, accept: 'application/json' },
      body: JSON.stringify(collect())
    }).then(function (response) {
      return response.json().then(function (body) { return { status: response.status, body: body }; });
    }).then(function (result) {
      button.disabled = false;
      if (result.status < 300) return confirm(result.body);
      if (result.body && result.body.error && result.body.error.fields) return showErrors(result.body.error.fields);
      form.submit();
    }, function () { button.disabled = false; form.submit(); });
  });
})();
`;
