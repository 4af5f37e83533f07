import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import { fromRoot } from '../db/paden.ts';

/** A port nobody listens on right now, for a server that must name its own port. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface SpawnedServer {
  child: ChildProcess;
  /** http://127.0.0.1:<port> */
  base: string;
  /** Milliseconds from spawning the process until GET /ready answered 200. */
  readyAfterMs: number;
  /** What the process wrote to stdout and stderr so far. */
  output(): string;
  /** Sends `signal` (SIGTERM: a clean shutdown) and resolves with the exit code once the process is gone. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface SpawnOptions {
  /** Added to this process's environment; PORT is set from `port`. */
  env?: Record<string, string>;
  /** A free one when left out. */
  port?: number;
  /** How long /ready may take before the start counts as failed. */
  deadlineMs?: number;
  /** How often /ready is asked. */
  pollMs?: number;
}

/**
 * Spawns a server process from Loket's root folder and waits until its GET /ready answers 200. When
 * it exits first or misses the deadline this throws with what the process wrote, and leaves no
 * process behind.
 */
export async function spawnServer(command: string[], options: SpawnOptions = {}): Promise<SpawnedServer> {
  const { env = {}, deadlineMs = 120_000, pollMs = 100 } = options;
  const port = options.port ?? (await freePort());
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(command[0]!, command.slice(1), {
    cwd: fromRoot(),
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill(signal);
    return exited;
  };
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`${command.join(' ')} exited with ${child.exitCode ?? child.signalCode}:\n${output}`);
    const response = await fetch(`${base}/ready`).catch(() => undefined);
    if (response?.status === 200) return { child, base, readyAfterMs: performance.now() - started, output: () => output, stop };
    if (performance.now() - started > deadlineMs) {
      await stop('SIGKILL');
      throw new Error(`${command.join(' ')}: not ready after ${deadlineMs / 1000} s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
