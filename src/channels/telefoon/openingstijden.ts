/**
 * Opening hours of the phone team as a simple weekly schedule, written like
 * "ma-vr 09:00-17:00; za 10:00-12:00" (Dutch day abbreviations), in local time of Europe/Amsterdam.
 * The call-back slots within them are computed in werktijd/ (which also knows the public holidays).
 */
export { TIJDZONE, tijdvakken, type Tijdvak } from '../../werktijd/tijdvakken.ts';
export { parseOpeningstijden, STANDAARD_OPENINGSTIJDEN, type Weekrooster } from '../../platform/weekrooster.ts';
