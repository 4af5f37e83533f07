import { preparePGliteTemplate, preparePostgresTemplate } from './test-template.ts';

/**
 * Vitest global set-up: migrates one template database for the whole run, which every test file's
 * createTestDatabase() then copies instead of running all migrations again.
 */
export default async function setup(): Promise<(() => void) | undefined> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    await preparePostgresTemplate(serverUrl);
    return undefined;
  }
  return preparePGliteTemplate();
}
