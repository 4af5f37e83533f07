import type { KennisStatus } from '../db/schema.ts';
import type { Permission } from '../platform/roles.ts';
import { defineStateMachine } from '../platform/state-machine.ts';
import type { TransitionName } from './articles.schemas.ts';

/**
 * A version's life: a redacteur writes a concept, offers it for review, and a redacteur with
 * the right to publish publishes it. Publishing a newer version archives the one before;
 * archiving the published version takes the article offline. Versions are never deleted.
 */
export const versionStatus = defineStateMachine<KennisStatus, TransitionName>({
  indienen: { from: ['concept'], to: 'ter_review' },
  terugsturen: { from: ['ter_review'], to: 'concept' },
  publiceren: { from: ['ter_review'], to: 'gepubliceerd' },
  archiveren: { from: ['gepubliceerd'], to: 'gearchiveerd' },
});

export const TRANSITION_PERMISSION: Record<TransitionName, Permission> = {
  indienen: 'kennis:redigeren',
  terugsturen: 'kennis:redigeren',
  publiceren: 'kennis:publiceren',
  archiveren: 'kennis:publiceren',
};
