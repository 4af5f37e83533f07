import { titelMetTeller } from '../signalen/signalen-logic.ts';

/**
 * The document title, from two owners: the screen's heading sets the page, the work signals set
 * the count in front ("(3) Inbox — Loket"), so a badge shows in the browser tab.
 */
let pagina = '';
let aantal = 0;

const apply = () => {
  if (pagina) document.title = titelMetTeller(pagina, aantal);
};

export function setPageTitle(title: string): void {
  pagina = title;
  apply();
}

export function setTitleCount(count: number): void {
  aantal = count;
  apply();
}
