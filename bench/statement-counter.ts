import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import type { LoketDatabase } from '../src/db/database.ts';

/**
 * Counts the SQL statements an app sends (each one a round trip), by kind, for a benchmark's
 * profile. Transactions are counted apart: each adds a begin and a commit round trip.
 */
export class StatementCounter implements KyselyPlugin {
  readonly byKind = new Map<string, number>();
  statements = 0;
  transactions = 0;

  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    this.statements++;
    const kind = kindOf(node);
    this.byKind.set(kind, (this.byKind.get(kind) ?? 0) + 1);
    return node;
  }

  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return result;
  }

  /** The database with every statement counted (the app under measurement gets this one). */
  wrap(database: LoketDatabase): LoketDatabase {
    const db = database.db.withPlugin(this);
    const transaction = db.transaction.bind(db);
    db.transaction = () => {
      this.transactions++;
      return transaction();
    };
    return { ...database, db };
  }

  reset(): void {
    this.byKind.clear();
    this.statements = 0;
    this.transactions = 0;
  }

  /** Round trips per message: statements plus begin and commit of each transaction. */
  summary(messages: number): string {
    const top = [...this.byKind.entries()].sort((a, b) => b[1] - a[1]);
    const perMessage = (n: number) => (n / messages).toFixed(1);
    return (
      `${perMessage(this.statements + 2 * this.transactions)} round trips per bericht ` +
      `(${perMessage(this.statements)} statements, ${perMessage(this.transactions)} transacties): ` +
      top.map(([kind, n]) => `${kind} ${perMessage(n)}`).join(', ')
    );
  }
}

function kindOf(node: RootOperationNode): string {
  switch (node.kind) {
    case 'SelectQueryNode':
      return `select ${tableOf(node.from?.froms[0])}`;
    case 'InsertQueryNode':
      return `insert ${tableOf(node.into)}`;
    case 'UpdateQueryNode':
      return `update ${tableOf(node.table)}`;
    case 'DeleteQueryNode':
      return `delete ${tableOf(node.from.froms[0])}`;
    case 'RawNode':
      return `sql ${node.sqlFragments.join('?').trim().split(/\s+/).slice(0, 2).join(' ')}`;
    default:
      return node.kind;
  }
}

function tableOf(node: unknown): string {
  // A table node, possibly aliased: dig for the identifier's name.
  const seen = JSON.stringify(node ?? {});
  const match = /"identifier":\{"kind":"IdentifierNode","name":"([^"]+)"/.exec(seen);
  return match?.[1] ?? '?';
}
