import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { parseOpeningstijden } from './openingstijden.ts';

describe('opening hours of the phone team', () => {
  it('reads day lists and several periods, and names what is wrong', () => {
    const rooster = parseOpeningstijden('ma,wo 09:00-12:00; ma 13:00-16:30; za-zo 10:00-11:00');
    expect(rooster[1]).toEqual([
      { van: 540, tot: 720 },
      { van: 780, tot: 990 },
    ]);
    expect(Object.keys(rooster).sort()).toEqual(['0', '1', '3', '6']);
    expect(() => parseOpeningstijden('maandag 09:00-17:00')).toThrow(/onbekende dag/);
    expect(() => parseOpeningstijden('ma 17:00-09:00')).toThrow(/einde/);
    expect(() => parseOpeningstijden('ma 9-17')).toThrow(/ma-vr 09:00-17:00/);
  });

  it('is configured from the environment, and a bad value names its variable', () => {
    expect(loadConfig({ TELEFOON_OPENINGSTIJDEN: 'ma 10:00-11:00' }).telefoon.openingstijden).toEqual({ 1: [{ van: 600, tot: 660 }] });
    expect(() => loadConfig({ TELEFOON_OPENINGSTIJDEN: 'ma 11:00-10:00' })).toThrow(/TELEFOON_OPENINGSTIJDEN/);
    expect(() => loadConfig({ TELEFOON_CTI_GEHEIMEN: 'centrale=kort' })).toThrow(/TELEFOON_CTI_GEHEIMEN.*24/);
    expect(
      loadConfig({ TELEFOON_CTI_GEHEIMEN: 'a=0123456789abcdef01234567, b=0123456789abcdef0123456789' }).telefoon.ctiGeheimen.map(
        (s) => s.systeem,
      ),
    ).toEqual(['a', 'b']);
  });
});
