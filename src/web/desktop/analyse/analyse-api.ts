import { get, request } from '../api/client.ts';
import type { Antwoord, Invoer } from '../api/types.ts';

/** The analytics API as the dashboard reads it; the types come from the generated contract (src/analytics/analytics.schemas.ts). */
export interface Period {
  from: string;
  to: string;
}

export type Hotspot = Antwoord<'/api/analytics/dashboard/hotspots'>['hotspots'][number];
export type WeekCount = Hotspot['series'][number];
export type VolumeRow = Antwoord<'/api/analytics/volumes'>['volumes'][number];
export type WijkRate = Antwoord<'/api/analytics/wijken'>['wijken'][number];
export type RepeatRow = Antwoord<'/api/analytics/herhaalcontacten'>['repeats'][number];
export type ContentGap = Antwoord<'/api/analytics/inhoudsgaten'>['pages'][number];
export type HotspotCel = Invoer<'/api/analytics/hotspots/taak'>;
export type HotspotTaak = Antwoord<'/api/analytics/hotspots/taak', 'post'>;
export type ProactiefBericht = Antwoord<'/api/analytics/hotspots/bericht', 'post'>;

export type Ring = [number, number][];
export type WijkGeometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };

export interface WijkenGeoJson {
  type: 'FeatureCollection';
  features: { id: string; properties: { code: string; naam: string; inwoners: number; postcodes: string[] }; geometry: WijkGeometry }[];
}

export type View = 'wijken' | 'dashboard/hotspots' | 'volumes' | 'herhaalcontacten' | 'inhoudsgaten';

/** The URL of a view for a period (and topic), as JSON or as the CSV the server offers for download. */
export function viewUrl(view: View, period: Period, options: { category?: string; format?: 'csv' } = {}): string {
  const params = new URLSearchParams({ from: period.from, to: period.to });
  if (options.category) params.set('category', options.category);
  if (options.format) params.set('format', options.format);
  return `/api/analytics/${view}?${params}`;
}

export const analyseApi = {
  wijkenGeoJson: () => get<WijkenGeoJson>('/api/analytics/wijken.geojson'),
  wijken: (period: Period, category: string) => get<{ wijken: WijkRate[] }>(viewUrl('wijken', period, { category })).then((r) => r.wijken),
  hotspots: (period: Period) => get<{ hotspots: Hotspot[] }>(viewUrl('dashboard/hotspots', period)).then((r) => r.hotspots),
  volumes: (period: Period) => get<{ volumes: VolumeRow[] }>(viewUrl('volumes', period)).then((r) => r.volumes),
  repeats: (period: Period) => get<{ repeats: RepeatRow[] }>(viewUrl('herhaalcontacten', period)).then((r) => r.repeats),
  contentGaps: (period: Period) => get<{ pages: ContentGap[] }>(viewUrl('inhoudsgaten', period)).then((r) => r.pages),
  /** The hotspot card's actions: a task for the owning department, a draft proactive message. */
  hotspotTaak: (cel: HotspotCel) => request<HotspotTaak>('POST', '/api/analytics/hotspots/taak', cel),
  hotspotBericht: (cel: HotspotCel) => request<ProactiefBericht>('POST', '/api/analytics/hotspots/bericht', cel),
  /** Published kennisbank articles, for their titles. */
  articles: () => get<{ results: { id: string; title: string }[] }>('/api/kennisbank/artikelen').then((r) => r.results),
};
