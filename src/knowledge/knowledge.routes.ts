import type { Db } from '../db/transaction.ts';
import type { App } from '../platform/http.ts';
import { articlesRoutes } from './articles.routes.ts';
import { editorRoutes } from './editor.routes.ts';
import { publishedRoutes } from './published.routes.ts';
import { searchRoutes } from './search/search.routes.ts';
import { synonymsRoutes } from './synonyms.routes.ts';
import { widgetRoutes } from './faq-widget.routes.ts';

/** Every route of the kennisbank, so app.ts registers the domain in one line. */
export function knowledgeRoutes(app: App, db: Db): void {
  articlesRoutes(app, db);
  editorRoutes(app, db);
  publishedRoutes(app, db);
  searchRoutes(app, db);
  synonymsRoutes(app, db);
  widgetRoutes(app);
}
