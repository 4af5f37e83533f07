import { defineError } from '../platform/errors.ts';

export const GesprekNotFound = defineError('LOKET_GESPREK_NOT_FOUND', 404, 'Gesprek niet gevonden.', 'Gesprek not found.');
export const InboundNotFound = defineError('LOKET_INKOMEND_BERICHT_NOT_FOUND', 404, 'Dit inkomende bericht bestaat niet of is al verwerkt.', 'This inbound message does not exist or has already been processed.');
export const NoOutboundAdapter = defineError('LOKET_GEEN_UITGAAND_KANAAL', 409, 'Op dit kanaal kan Loket (nog) geen antwoord versturen.', 'Loket cannot (yet) send replies on this channel.');
