/**
 * What PostgreSQL says when it refuses a value: an integrity violation (class 23: unique, foreign
 * key, not null, check) or a data exception (class 22: a date in year 0, a number out of range,
 * a character it cannot store). Such a refusal is about the input, so it answers 400, never 500.
 * Domains check what they can name better themselves; this is the safety net behind them.
 */
export interface DatabaseRefusal {
  sqlState: string;
  /** The column, when PostgreSQL names it (not-null violations) or its detail shows the key. */
  column: string | undefined;
}

const MESSAGES: Record<string, [string, string]> = {
  '23502': ['is verplicht', 'is required'],
  '23503': [
    'verwijst naar iets dat niet bestaat, of er verwijst nog iets naar',
    'refers to something that does not exist, or something still refers to it',
  ],
  '23505': ['bestaat al', 'already exists'],
};

export function databaseRefusal(error: unknown): DatabaseRefusal | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const { code, column, detail } = error as { code?: unknown; column?: unknown; detail?: unknown };
  if (typeof code !== 'string' || !/^2[23][0-9A-Z]{3}$/.test(code)) return undefined;
  const fromDetail = typeof detail === 'string' ? /^Key \(([a-z_][a-z0-9_]*)\)=/i.exec(detail)?.[1] : undefined;
  return { sqlState: code, column: typeof column === 'string' && column ? column : fromDetail };
}

/** The refusal in words, Dutch and English. */
export function refusalMessage(refusal: DatabaseRefusal): [string, string] {
  return (
    MESSAGES[refusal.sqlState] ??
    (refusal.sqlState.startsWith('23')
      ? ['is in strijd met een regel van de gegevens', 'breaks a rule of the data']
      : [
          'is geen geldige waarde (bijvoorbeeld een datum die niet bestaat)',
          'is not a valid value (for instance a date that does not exist)',
        ])
  );
}
