/** Thrown when wijken or straten input is malformed; `path` points at the offending value. */
export class GeoInputError extends Error {
  readonly code = 'LOKET_GEO_INVALID_INPUT';
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
    this.name = 'GeoInputError';
  }
}
