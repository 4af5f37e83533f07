import type { Selectable } from 'kysely';
import type { KlantcontactOnderwerpTable } from '../../db/schema.ts';
import type { PlaceInput, Placer } from '../plaatsbepaling/index.ts';
import { isoWeekStart } from '../hotspots/index.ts';
import type { Matcher } from '../../knowledge/matching/matcher.ts';

/** What is known about a klantcontact that decides its topic and wijk. */
export interface TopicSource {
  klantcontactId: string;
  kanaal: string;
  inhoud: string | null;
  plaatsgevondenOp: Date | string;
  partijId: string | null;
  paginaUrl: string | null;
  /** The agent's wrap-up: category (hoofd_onderwerp_type) and the article, when chosen. */
  agent: { categorie: string; artikelId: string | null } | null;
  /** Where the contact is about: a form's location group or an imported address. */
  locatie: { lat?: number | null; lon?: number | null; straat?: string | null; postcode?: string | null } | null;
  /** The partij's bezoekadres, when the contact names no place itself. */
  bezoekadres: { straat?: string | null; postcode?: string | null } | null;
}

/** A klantcontact's topic and wijk as stored (klantcontact_onderwerp). */
export type TopicRow = Selectable<KlantcontactOnderwerpTable>;

/**
 * The stored topic of one klantcontact. The agent's wrap-up wins over the classifier. The place
 * comes from the contact's own location (form or import), else the partij's bezoekadres; the
 * text is always the last resort (the placer tries coordinates, street, postcode, then text).
 */
export function assignTopic(source: TopicSource, matcher: Pick<Matcher, 'classify'>, placer: Placer): TopicRow {
  const text = source.inhoud ?? '';
  const topic = source.agent
    ? { categorie: source.agent.categorie, artikel_id: source.agent.artikelId, zekerheid: 1, bron: 'agent' as const }
    : classified(matcher, text);
  const own = source.locatie;
  const input: PlaceInput =
    own && (own.lat != null || own.straat || own.postcode)
      ? { lat: own.lat ?? null, lon: own.lon ?? null, straat: own.straat ?? null, postcode: own.postcode ?? null, text }
      : { straat: source.bezoekadres?.straat ?? null, postcode: source.bezoekadres?.postcode ?? null, text };
  const placement = placer.place(input);
  const at = new Date(source.plaatsgevondenOp);
  return {
    klantcontact_id: source.klantcontactId,
    ...topic,
    wijk: placement.wijk,
    geplaatst_via: placement.method,
    kanaal: source.kanaal,
    partij_id: source.partijId,
    pagina_url: source.paginaUrl,
    plaatsgevonden_op: at,
    week_start: isoWeekStart(at),
  };
}

function classified(matcher: Pick<Matcher, 'classify'>, text: string) {
  const guess = matcher.classify(text);
  return {
    categorie: guess.category,
    artikel_id: guess.articleId,
    zekerheid: Math.round(guess.confidence * 1000) / 1000,
    bron: 'classifier' as const,
  };
}
