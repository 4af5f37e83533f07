/**
 * Greedy clustering of short texts by character trigram cosine similarity: robust to typos,
 * inflection and compounds without any language model. Each text joins the first cluster whose
 * centroid it resembles enough, else it starts a new one.
 */
export type Vector = Map<string, number>;

export function trigramVector(text: string): Vector {
  const vector: Vector = new Map();
  const words =
    text
      .toLowerCase()
      .normalize('NFC')
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  for (const word of words) {
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) {
      const gram = padded.slice(i, i + 3);
      vector.set(gram, (vector.get(gram) ?? 0) + 1);
    }
  }
  return vector;
}

export function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  for (const [gram, weight] of a) dot += weight * (b.get(gram) ?? 0);
  const norm = (v: Vector) => Math.sqrt([...v.values()].reduce((sum, w) => sum + w * w, 0));
  const denominator = norm(a) * norm(b);
  return denominator === 0 ? 0 : dot / denominator;
}

export interface Cluster<T> {
  members: T[];
  centroid: Vector;
}

export function clusterTexts<T>(items: readonly T[], textOf: (item: T) => string, threshold = 0.45): Cluster<T>[] {
  const clusters: Cluster<T>[] = [];
  for (const item of items) {
    const vector = trigramVector(textOf(item));
    let best: Cluster<T> | undefined;
    let bestSimilarity = threshold;
    for (const cluster of clusters) {
      const similarity = cosine(vector, cluster.centroid);
      if (similarity >= bestSimilarity) [best, bestSimilarity] = [cluster, similarity];
    }
    if (best) {
      best.members.push(item);
      for (const [gram, weight] of vector) best.centroid.set(gram, (best.centroid.get(gram) ?? 0) + weight);
    } else {
      clusters.push({ members: [item], centroid: new Map(vector) });
    }
  }
  return clusters.sort((a, b) => b.members.length - a.members.length);
}
