import type { FastifyBaseLogger } from 'fastify';

/**
 * A background job that runs every `intervalMs`, and at once when kicked (a new message to
 * process, a reply to send). Runs never overlap; a kick during a run schedules one more.
 */
export class Job {
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #again = false;
  #stopped = true;

  constructor(
    readonly name: string,
    private readonly intervalMs: number,
    private readonly work: () => Promise<unknown>,
    private readonly log: FastifyBaseLogger,
  ) {}

  start(): void {
    this.#stopped = false;
    this.#schedule();
  }

  kick(): void {
    if (this.#stopped) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    clearTimeout(this.#timer);
    this.#running = this.#run();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#running;
  }

  #schedule(): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => this.kick(), this.intervalMs);
    this.#timer.unref();
  }

  async #run(): Promise<void> {
    try {
      do {
        this.#again = false;
        await this.work();
      } while (this.#again && !this.#stopped);
    } catch (error) {
      this.log.error({ err: error, job: this.name }, 'background job failed');
    } finally {
      this.#running = undefined;
      this.#schedule();
    }
  }
}
