import { defineError } from '../platform/errors.ts';

export const TeamNotFound = defineError('LOKET_TEAM_NOT_FOUND', 404, 'Team niet gevonden.', 'Team not found.');
