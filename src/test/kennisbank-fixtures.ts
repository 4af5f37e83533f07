import { expect } from 'vitest';
import type { TestApp } from './test-app.ts';

/** The grofvuil article, written, submitted and published by a redacteur: what the bot answers from. */
export async function publiceerGrofvuilArtikel(t: TestApp): Promise<void> {
  const redacteur = await t.login(['redacteur']);
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/kennisbank/artikelen',
    headers: redacteur.headers,
    payload: {
      id: 'grofvuil',
      type: 'artikel',
      title: 'Grofvuil laten ophalen',
      summary: 'Grofvuil laat u gratis ophalen na een afspraak.',
      body: 'Grofvuil zoals een bank of matras laat u gratis ophalen. Maak online een afspraak voor het ophalen van grofvuil.',
      category: 'afval',
      upl: null,
      audience: ['inwoner'],
      department: 'Team Afval',
      keywords: ['grofvuil', 'matras', 'bank'],
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  for (const step of ['indienen', 'publiceren']) {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/kennisbank/artikelen/grofvuil/versies/1/${step}`,
      headers: redacteur.headers,
    });
    expect(response.statusCode, response.body).toBeLessThan(300);
  }
}
