/**
 * Styles inside the widget's shadow root, so the municipality's page and the widget cannot break
 * each other. Colours and focus rings follow NL Design System (Utrecht) conventions; the host can
 * override the main colours with CSS custom properties (--loket-primary, --loket-primary-text).
 */
export const STYLES = `
:host { all: initial; font-family: var(--loket-font, system-ui, sans-serif); font-size: 1rem; line-height: 1.5; color: #1a1a1a; }
* { box-sizing: border-box; }
button, textarea, input { font: inherit; }
:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; box-shadow: 0 0 0 5px #ffdd00; }
.launcher, .primary { background: var(--loket-primary, #01689b); color: var(--loket-primary-text, #fff); border: 0; border-radius: 4px; padding: 0.75rem 1.25rem; cursor: pointer; font-weight: 600; min-height: 44px; }
.launcher { position: fixed; right: 1.5rem; bottom: 1.5rem; z-index: 2147483000; box-shadow: 0 2px 8px rgba(0,0,0,.3); }
.launcher:hover, .primary:hover { background: var(--loket-primary-hover, #014d73); }
.panel { position: fixed; right: 1.5rem; bottom: 5.5rem; width: min(24rem, calc(100vw - 2rem)); height: min(34rem, calc(100vh - 7rem)); z-index: 2147483000; background: #fff; border: 1px solid #8c8c8c; border-radius: 6px; box-shadow: 0 4px 16px rgba(0,0,0,.3); display: flex; flex-direction: column; }
.panel[hidden] { display: none; }
header { display: flex; align-items: center; justify-content: space-between; padding: 0.5rem 0.75rem; background: var(--loket-primary, #01689b); color: var(--loket-primary-text, #fff); border-radius: 6px 6px 0 0; }
h2 { font-size: 1.125rem; margin: 0; }
.close { background: transparent; color: inherit; border: 2px solid currentColor; border-radius: 4px; min-width: 44px; min-height: 44px; cursor: pointer; font-size: 1.25rem; }
.log { overflow-y: auto; flex: 1; min-height: 0; }
.log[hidden] { display: none; }
form.leave { overflow-y: auto; flex: 1 1 auto; min-height: 0; }
ol { list-style: none; margin: 0; padding: 0.75rem; }
li { margin: 0 0 0.5rem; max-width: 85%; padding: 0.5rem 0.75rem; border-radius: 6px; white-space: pre-wrap; word-wrap: break-word; }
li.inwoner { margin-left: auto; background: #e5f0f9; }
li.gemeente { background: #f3f3f3; }
.who { display: block; font-size: 0.875rem; font-weight: 600; }
.pending { font-size: 0.875rem; color: #545454; }
.status { margin: 0; padding: 0 0.75rem; min-height: 1.5rem; font-size: 0.875rem; color: #545454; }
form { padding: 0.75rem; border-top: 1px solid #8c8c8c; display: grid; gap: 0.5rem; }
form[hidden] { display: none; }
label { font-weight: 600; }
textarea, input { width: 100%; border: 2px solid #545454; border-radius: 4px; padding: 0.5rem; }
textarea { min-height: 4rem; resize: vertical; }
.hint { font-size: 0.875rem; color: #545454; margin: 0; }
.error { color: #d52b1e; font-weight: 600; margin: 0; }
fieldset { border: 0; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
legend { font-weight: 600; font-size: 1.0625rem; margin-bottom: 0.25rem; }
.secondary { background: #fff; color: var(--loket-primary, #01689b); border: 2px solid var(--loket-primary, #01689b); border-radius: 4px; padding: 0.25rem 0.75rem; min-height: 44px; cursor: pointer; font-weight: 600; }
.bron { margin: 0.5rem 0 0; font-size: 0.875rem; white-space: normal; }
.bron a { color: var(--loket-primary, #01689b); }
.feedback { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; margin-top: 0.5rem; white-space: normal; }
.feedback .hint { flex-basis: 100%; color: #1a1a1a; }
.actions { display: flex; gap: 0.5rem; padding: 0 0.75rem 0.5rem; }
.actions[hidden] { display: none; }
select { font: inherit; width: 100%; border: 2px solid #545454; border-radius: 4px; padding: 0.5rem; background: #fff; }
.notice { margin: 0.75rem; padding: 0.75rem; border-left: 4px solid #01689b; background: #e5f0f9; }
`;
