import type { KanaalSoort } from '../../db/schema.ts';
import { instagramProvider, messengerProvider } from '../meta/meta-messaging.provider.ts';
import { birdProvider } from '../sms/bird.provider.ts';
import { twilioProvider } from '../sms/twilio.provider.ts';
import { whatsappProvider } from '../whatsapp/whatsapp.provider.ts';
import type { KanaalProvider } from './provider.ts';

export const PROVIDERS: Record<KanaalSoort, KanaalProvider> = {
  whatsapp: whatsappProvider,
  messenger: messengerProvider,
  instagram: instagramProvider,
  'sms-twilio': twilioProvider,
  'sms-bird': birdProvider,
};
