/*
 * Loket "veelgestelde vragen": an embeddable, accessible search over the published knowledge
 * base. Plain JavaScript without dependencies, so any municipal website can include it:
 *
 *   <div id="faq"></div>
 *   <script src="https://loket.example/widget/faq.js" data-loket-faq="#faq" data-lang="nl" defer></script>
 *
 * or call window.LoketFaq.mount(element, { lang: 'en', baseUrl: 'https://loket.example' }).
 * Class names follow NL Design System (utrecht-*) so the site's theme styles it.
 */
(function () {
  'use strict';
  var TEXT = {
    nl: {
      label: 'Zoek in veelgestelde vragen',
      hint: 'Bijvoorbeeld: paspoort aanvragen, grofvuil of parkeervergunning',
      button: 'Zoeken',
      none: 'Geen antwoorden gevonden. Probeer andere woorden.',
      count: function (n) {
        return n === 1 ? '1 antwoord gevonden' : n + ' antwoorden gevonden';
      },
      error: 'Zoeken lukt nu niet. Probeer het later opnieuw.',
    },
    en: {
      label: 'Search frequently asked questions',
      hint: 'For example: passport, bulky waste or parking permit',
      button: 'Search',
      none: 'No answers found. Try other words.',
      count: function (n) {
        return n === 1 ? '1 answer found' : n + ' answers found';
      },
      error: 'Search is not available right now. Please try again later.',
    },
  };
  var script = document.currentScript;
  var counter = 0;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function mount(target, options) {
    options = options || {};
    var t = TEXT[options.lang === 'en' ? 'en' : 'nl'];
    var base = (options.baseUrl || '').replace(/\/$/, '');
    var id = 'loket-faq-' + ++counter;
    var form = el('form', 'loket-faq utrecht-form');
    form.setAttribute('role', 'search');
    var label = el('label', 'utrecht-form-label', t.label);
    label.htmlFor = id + '-q';
    var hint = el('p', 'utrecht-form-field-description', t.hint);
    hint.id = id + '-hint';
    var input = el('input', 'utrecht-textbox utrecht-textbox--html-input');
    input.type = 'search';
    input.id = id + '-q';
    input.autocomplete = 'off';
    input.setAttribute('aria-describedby', hint.id);
    var button = el('button', 'utrecht-button utrecht-button--primary-action', t.button);
    button.type = 'submit';
    var status = el('p', 'loket-faq__status utrecht-paragraph');
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    var list = el('ul', 'loket-faq__results utrecht-unordered-list');
    list.hidden = true;
    form.append(label, hint, input, button);
    target.append(form, status, list);

    var timer;
    var latest = 0;
    function search() {
      var q = input.value.trim();
      var ticket = ++latest;
      if (!q) {
        list.replaceChildren();
        list.hidden = true;
        status.textContent = '';
        return;
      }
      fetch(base + '/api/kennisbank/search?limit=8&q=' + encodeURIComponent(q), { credentials: 'omit' })
        .then(function (response) {
          if (!response.ok) throw new Error(String(response.status));
          return response.json();
        })
        .then(function (data) {
          if (ticket !== latest) return;
          list.replaceChildren.apply(
            list,
            data.results.map(function (r) {
              var item = el('li', 'loket-faq__result utrecht-unordered-list__item');
              item.append(el('h3', 'utrecht-heading-3', r.title), el('p', 'utrecht-paragraph', r.summary));
              return item;
            }),
          );
          list.hidden = data.results.length === 0;
          status.textContent = data.results.length ? t.count(data.results.length) : t.none;
        })
        .catch(function () {
          if (ticket === latest) status.textContent = t.error;
        });
    }
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      clearTimeout(timer);
      search();
    });
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(search, 300);
    });
    return { search: search };
  }

  window.LoketFaq = { mount: mount, text: TEXT };
  if (script && script.dataset.loketFaq) {
    var start = function () {
      var target = document.querySelector(script.dataset.loketFaq);
      if (target) mount(target, { lang: script.dataset.lang || document.documentElement.lang, baseUrl: new URL(script.src).origin });
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
    else start();
  }
})();
