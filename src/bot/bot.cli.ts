import type { Command } from '../platform/cli/command.ts';
import { retrainBot } from './bot.service.ts';

/** `npx loket bot retrain`: rebuilds the bot's matcher with all training examples, on every node. */
export const botRetrainCommand: Command = {
  usage: 'bot retrain                    train de bot opnieuw met de verzamelde voorbeelden',
  async run(_args, { withDatabase }) {
    const result = await withDatabase(({ db }) => retrainBot(db));
    console.log(`Bot opnieuw getraind: ${result.articles} artikelen, ${result.examples} voorbeelden.`);
  },
};
