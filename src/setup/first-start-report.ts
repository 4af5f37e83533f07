import { DEMO_GEMEENTE } from './demo-seed.ts';
import type { FirstStartResult } from './first-start.ts';

/**
 * What the console shows after the first start: a table of the accounts (role, username,
 * password) and where to begin. The passwords are printed this once and stored only as hashes.
 */
export function firstStartReport(result: FirstStartResult, publicUrl: string): string {
  const rows: [string, string, string][] = [];
  if (result.adminPassword) rows.push(['beheerder', 'admin', result.adminPassword]);
  for (const a of result.demo?.accounts ?? []) rows.push([a.rol, a.gebruikersnaam, a.wachtwoord]);
  const lines = [
    '',
    result.demo ? `Loket is voor het eerst gestart, met de demogemeente ${DEMO_GEMEENTE}.` : 'Loket is voor het eerst gestart.',
  ];
  if (rows.length > 0) {
    const table = [['rol', 'gebruikersnaam', 'wachtwoord'] as const, ...rows];
    const width = [0, 1].map((c) => Math.max(...table.map((r) => r[c]!.length)));
    lines.push(...table.map((r) => `  ${r[0].padEnd(width[0]!)}  ${r[1].padEnd(width[1]!)}  ${r[2]}`));
  }
  if (result.demo) {
    const { accounts } = result.demo;
    const who = (rol: string) => accounts.find((a) => a.rol === rol)?.gebruikersnaam ?? '?';
    lines.push(
      `Begin als kcc "${who('kcc')}" in de inbox (${publicUrl}/#/inbox), als teamleider "${who('teamleider')}" op het dashboard`,
      `(${publicUrl}/#/analyse) en in de kwaliteit (#/kwaliteit), als redacteur "${who('redacteur')}" in de kennisbank (#/kennisbank).`,
    );
  }
  if (result.demoError)
    lines.push(`De demogemeente is niet (helemaal) geladen: ${String(result.demoError)}. Begin opnieuw met een lege database.`);
  if (rows.length > 0) lines.push('Deze wachtwoorden worden maar één keer getoond.');
  lines.push('');
  return lines.join('\n');
}
