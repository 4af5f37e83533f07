/**
 * What a beheerder may set as a channel's service norm, checked by the server's schema and by the
 * desktop's form alike. A norm counts working time, so thirty days of it is far beyond any real
 * promise to a citizen; a target is a percentage of the contacts answered within the norm.
 */
export const NORM_GRENZEN = {
  normSeconden: { min: 1, max: 30 * 24 * 3600 },
  doelPercentage: { min: 1, max: 100 },
} as const;
