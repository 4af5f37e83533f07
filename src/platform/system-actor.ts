/** The actor Loket itself acts as (created by migration), e.g. when it processes inbound messages. */
export const LOKET_SYSTEEM_ACTOR_ID = '00000000-0000-4000-8000-000000000001';
