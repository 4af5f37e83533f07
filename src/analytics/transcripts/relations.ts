/** Words for the person a caller may call about (a parent, a partner, a neighbour). */
export const RELATION =
  '(?:moeder|vader|man|vrouw|partner|echtgeno(?:ot|te)|zoon|dochter|broer|zus|zuster|opa|oma|schoonmoeder|schoonvader|buurvrouw|buurman|vriend|vriendin|tante|oom|cliënt|client|kind|ouders)';

/** Who a detail is about: the person on the phone, or the other person they speak for. */
export type PersonRef = 'speaker' | 'other';
