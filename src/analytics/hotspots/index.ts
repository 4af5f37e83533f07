export { countWeekly } from './count-table.ts';
export { detectHotspots, detectHotspotsWithStats, type HotspotRun } from './detect-hotspots.ts';
export { isoWeekStart } from './iso-week.ts';
export { betaBinomialUpperTail } from './beta-binomial.ts';
export type { Hotspot, HotspotOptions, WeeklyCount } from './types.ts';
export { explainWindow, type WindowExplanation } from './explain-window.ts';
