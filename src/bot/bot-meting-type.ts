/**
 * What `npm run eval:bot` measured on labelled questions of writers the bot was not fitted on
 * (leave-one-writer-out, pooled): the figures the Algoritmeregister text publishes.
 */
export interface BotMeting {
  /** When the measurement ran (ISO 8601). */
  gemetenOp: string;
  methode: 'leave-one-writer-out';
  /** The answer threshold of the shipped matcher at the time (DEFAULT_ANSWER_THRESHOLD). */
  drempel: number;
  /** The labelled sets, one writer each; every one was left out once. */
  schrijvers: string[];
  vragen: number;
  binnenScope: number;
  buitenScope: number;
  /** Share of the answers given that were right (0–1). */
  precisie: number;
  /** Share of the in-scope questions answered rightly without a person (0–1). */
  containment: number;
  /** Share of the out-of-scope questions handed to a person rather than answered (0–1). */
  buitenScopeDoorverbonden: number;
}
