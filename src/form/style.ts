/** The form's stylesheet: system fonts only (nothing fetched), large enough to read, and a print layout without buttons. */
export const FORM_CSS = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #555; --line: #b8b8b8; --accent: #0b4f8a; --bad: #b00020; --warn: #8a5a00; --good: #1d6b2a; }
* { box-sizing: border-box; }
html { scroll-padding-top: 4.5rem; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem 1.25rem 4rem; font: 16px/1.45 "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: var(--ink); background: #fff; }
h1 { font-size: 1.5rem; margin: .25rem 0; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; }
h3 { font-size: 1rem; margin: 1rem 0 .5rem; }
.intro { margin: 0; color: var(--muted); }
.who { font-size: 1.2rem; font-weight: 600; margin: .25rem 0 .75rem; }
.toolbar { position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; gap: .5rem; padding: .5rem 0; background: #fff; border-bottom: 1px solid var(--line); }
button { font: inherit; padding: .35rem .8rem; border: 1px solid var(--accent); border-radius: .25rem; background: #fff; color: var(--accent); cursor: pointer; }
button.primary { background: var(--accent); color: #fff; }
button.remove { border-color: var(--bad); color: var(--bad); margin-top: .25rem; }
button.link { border: 0; padding: 0; background: none; color: inherit; text-align: left; text-decoration: underline; }
:focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
.summary { margin: .75rem 0; }
.summary:focus { outline: 3px solid #f0a500; }
#form-status { font-weight: 600; margin: .25rem 0; }
#form-status.bad { color: var(--bad); }
#form-status.warn { color: var(--warn); }
#form-status.good { color: var(--good); }
#form-notice:empty { display: none; }
#form-notice { padding: .4rem .6rem; background: #fff6d6; border-left: 4px solid #f0a500; }
.problems { margin: .25rem 0; padding-left: 1.2rem; max-height: 12rem; overflow: auto; }
.problems li.error { color: var(--bad); }
.problems li.warning { color: var(--warn); }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0 0 .75rem; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; font-weight: 600; }
fieldset { border: 1px solid var(--line); border-radius: .35rem; margin: .75rem 0; padding: .5rem .9rem .75rem; }
fieldset:focus { outline: 3px solid #f0a500; }
legend { font-weight: 700; padding: 0 .3rem; }
fieldset.activity { background: #f7f9fb; }
.task-text { margin: .25rem 0 .5rem; white-space: pre-line; }
.field { margin: .45rem 0; }
.field > label { display: block; font-weight: 600; margin-bottom: .15rem; }
.req { color: var(--bad); }
.control { display: flex; gap: .35rem; align-items: center; }
input[type=text], select, textarea { font: inherit; width: 100%; padding: .3rem .45rem; border: 1px solid #888; border-radius: .2rem; background: #fff; color: inherit; }
textarea { resize: vertical; min-height: 2.4rem; overflow: hidden; }
input.number { text-align: right; max-width: 14rem; }
input.date { max-width: 10rem; }
input.date-range { max-width: 20rem; }
input.calendar { width: 2.6rem; padding: .25rem; color: transparent; border: 1px solid #888; border-radius: .2rem; font: inherit; }
[aria-invalid=true] { border-color: var(--bad); box-shadow: 0 0 0 1px var(--bad); }
.hint { margin: .1rem 0 0; font-size: .9rem; color: var(--muted); }
.msg { margin: .15rem 0 0; font-size: .92rem; }
.msg.error { color: var(--bad); }
.msg.warning { color: var(--warn); }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 0 1rem; }
.themes summary { cursor: pointer; font-weight: 600; }
.themes fieldset { border: 0; padding: 0 0 0 .5rem; margin: .25rem 0; }
.phase { margin: .5rem 0 .15rem; font-style: italic; color: var(--muted); }
.check { display: flex; gap: .4rem; align-items: flex-start; margin: .2rem 0; }
.check input { margin-top: .3rem; }
.quantities { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 0 1rem; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
body.dropping { outline: 4px dashed var(--accent); outline-offset: -8px; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  .toolbar, .no-print, button, input.calendar, .problems, .hint { display: none !important; }
  input[type=text], select, textarea { border: 0; border-bottom: 1px dotted #777; padding: 0; }
  ::placeholder { color: transparent; }
  fieldset { break-inside: avoid; }
  fieldset.task { break-inside: auto; }
  .msg { color: #000; font-style: italic; }
}
`;
