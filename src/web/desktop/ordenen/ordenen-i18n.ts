import { useI18n } from '../i18n/i18n.tsx';

/** Strings for labels, snooze and the inbox's sorting (issue 16). English must have every Dutch key (checked by the type). */
export const ordenenNl = {
  ordenen: 'Labels en sluimeren',
  sluimertKort: (datum: string) => `sluimert tot ${datum}`,
  labels: 'Labels',
  geenLabels: 'Nog geen labels.',
  nieuwLabel: 'Nieuw label',
  labelHulp: 'Hoogstens 10 labels van elk hoogstens 40 tekens.',
  toevoegen: 'Label toevoegen',
  verwijder: (label: string) => `Label ${label} verwijderen`,
  labelsOpgeslagen: 'Labels opgeslagen.',
  sluimeren: 'Sluimeren',
  sluimerTot: 'Sluimeren tot',
  sluimerKnop: 'Laat sluimeren',
  gesluimerdTot: (datum: string) => `Sluimert tot ${datum}. Het gesprek staat dan weer in de inbox, of eerder als de inwoner schrijft.`,
  wekken: 'Nu wekken',
  gewekt: 'Het gesprek is gewekt en staat weer in de inbox.',
  gesluimerd: (datum: string) => `Het gesprek sluimert tot ${datum}.`,
  label: 'Label',
  alleLabels: 'Alle labels',
  sorteer: 'Sorteer op',
  sorteerUrgent: 'Meest urgent (servicenorm)',
  sorteerWachttijd: 'Langst wachtend',
  sorteerOudste: 'Oudste eerst',
  sorteerNieuwste: 'Nieuwste bericht eerst',
  weergave: 'Weergave',
  weergaveInbox: 'Inbox',
  weergaveGesluimerd: 'Gesluimerd',
  kolomLabels: 'Labels',
  kolomGesluimerd: 'Sluimert tot',
};

export type OrdenenMessages = typeof ordenenNl;

export const ordenenEn: OrdenenMessages = {
  ordenen: 'Labels and snooze',
  sluimertKort: (datum) => `snoozed until ${datum}`,
  labels: 'Labels',
  geenLabels: 'No labels yet.',
  nieuwLabel: 'New label',
  labelHulp: 'At most 10 labels of at most 40 characters each.',
  toevoegen: 'Add label',
  verwijder: (label) => `Remove label ${label}`,
  labelsOpgeslagen: 'Labels saved.',
  sluimeren: 'Snooze',
  sluimerTot: 'Snooze until',
  sluimerKnop: 'Snooze',
  gesluimerdTot: (datum) => `Snoozed until ${datum}. The conversation returns to the inbox then, or earlier when the resident writes.`,
  wekken: 'Wake now',
  gewekt: 'The conversation is awake and back in the inbox.',
  gesluimerd: (datum) => `The conversation is snoozed until ${datum}.`,
  label: 'Label',
  alleLabels: 'All labels',
  sorteer: 'Sort by',
  sorteerUrgent: 'Most urgent (service level)',
  sorteerWachttijd: 'Longest waiting',
  sorteerOudste: 'Oldest first',
  sorteerNieuwste: 'Newest message first',
  weergave: 'View',
  weergaveInbox: 'Inbox',
  weergaveGesluimerd: 'Snoozed',
  kolomLabels: 'Labels',
  kolomGesluimerd: 'Snoozed until',
};

export function useOrdenenT(): OrdenenMessages {
  return useI18n().lang === 'en' ? ordenenEn : ordenenNl;
}
