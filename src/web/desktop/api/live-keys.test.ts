import { describe, expect, it } from 'vitest';
import { liveKeys } from './live-keys.ts';
import { keys } from './query-keys.ts';

const event = (type: string, data: Record<string, unknown> = {}) => ({ type, data: { gesprekId: 'g1', ...data } });

describe('liveKeys', () => {
  it('refreshes the inbox and its count on a citizen message, only the count on an agent reply', () => {
    const inkomend = liveKeys(event('bericht.nieuw', { bericht: { richting: 'inkomend' } }));
    expect(inkomend).toContainEqual(keys.inboxLijsten());
    expect(inkomend).toContainEqual(keys.inboxAantallen());
    expect(inkomend).toContainEqual(keys.gesprek('g1'));

    const uitgaand = liveKeys(event('bericht.nieuw', { bericht: { richting: 'uitgaand' } }));
    expect(uitgaand).not.toContainEqual(keys.inboxLijsten());
    expect(uitgaand).toContainEqual(keys.inboxAantallen());
  });

  it('refreshes list and count when a gesprek is assigned, closed or changes status', () => {
    for (const type of ['gesprek.status', 'gesprek.toegewezen', 'gesprek.afgehandeld']) {
      expect(liveKeys(event(type))).toEqual(expect.arrayContaining([keys.inboxLijsten(), keys.inboxAantallen()]));
    }
  });

  it('refreshes the list but not the count on labels and snooze; labels also refresh the labels in use', () => {
    const labels = liveKeys(event('gesprek.labels'));
    expect(labels).toEqual(expect.arrayContaining([keys.inboxLijsten(), keys.labels(), keys.gesprek('g1')]));
    expect(labels).not.toContainEqual(keys.inboxAantallen());
    expect(liveKeys(event('gesprek.gesluimerd'))).not.toContainEqual(keys.labels());
  });

  it("leaves the gesprek's partij alone: a new message does not ask for the partij and timeline again", () => {
    const found = liveKeys(event('bericht.nieuw', { bericht: { richting: 'inkomend' } }));
    expect(found).not.toContainEqual(keys.gesprekPartij('g1'));
    // Invalidation matches by prefix: the gesprek key must not be a prefix of its partij's key.
    expect(keys.gesprekPartij('g1').slice(0, keys.gesprek('g1').length)).not.toEqual(keys.gesprek('g1'));
  });

  it('makes nothing stale for events no screen reloads on', () => {
    expect(liveKeys(event('typen', { door: 'inwoner' }))).toEqual([]);
    expect(liveKeys(event('analyse.waarschuwing'))).toEqual([]);
  });
});
