import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { delimiter, join } from 'node:path';

/** The dovecot binary (Debian puts it in /usr/sbin, which is not on every PATH). */
export const dovecotBinary = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin']
  .map((dir) => join(dir, 'dovecot'))
  .find((path) => existsSync(path));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function account(name: string): { uid: number; gid: number } | undefined {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${name}:`));
  if (!line) return undefined;
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`dovecot did not open port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface Dovecot {
  port: number;
  user: string;
  password: string;
  /** Stops and starts the server on the same port and mailbox, dropping every connection. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A self-contained Dovecot IMAP server for one test file: its own config, passwd file, maildir,
 * sockets and log in a temp dir, plaintext login on a free localhost port, no SSL. Run by root
 * (CI) its processes take the unprivileged system users; run by anyone else, that user.
 */
export async function startDovecot(): Promise<Dovecot> {
  if (!dovecotBinary) throw new Error('dovecot is not installed');
  const dir = await mkdtemp(join(tmpdir(), 'loket-dovecot-'));
  await chmod(dir, 0o755);
  const port = await freePort();
  const root = process.getuid?.() === 0;
  const me = userInfo();
  const loginUser = root ? (account('dovenull') ? 'dovenull' : 'nobody') : me.username;
  const internalUser = root ? (account('dovecot') ? 'dovecot' : 'nobody') : me.username;
  const mailOwner = root ? (account('nobody') ?? { uid: 65534, gid: 65534 }) : { uid: me.uid, gid: me.gid };
  const internalGroup = root
    ? internalUser
    : (readFileSync('/etc/group', 'utf8')
        .split('\n')
        .find((l) => l.split(':')[2] === String(me.gid))
        ?.split(':')[0] ?? me.username);
  await mkdir(join(dir, 'mail'));
  await mkdir(join(dir, 'run'));
  if (root) await chown(join(dir, 'mail'), mailOwner.uid, mailOwner.gid);
  const user = 'kcc@gemeente.test';
  const password = 'imap-testwachtwoord';
  await writeFile(join(dir, 'users'), `${user}:{PLAIN}${password}\n`);
  const conf = join(dir, 'dovecot.conf');
  await writeFile(
    conf,
    `base_dir = ${dir}/run
state_dir = ${dir}/run
log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = ${internalUser}
default_internal_group = ${internalGroup}
default_login_user = ${loginUser}
first_valid_uid = ${mailOwner.uid}
mail_location = maildir:${dir}/mail/%u
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/users
}
userdb {
  driver = static
  args = uid=${mailOwner.uid} gid=${mailOwner.gid} home=${dir}/mail/%u
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
`,
  );
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(dovecotBinary!, ['-F', '-c', conf], { stdio: 'ignore' });
    await waitForPort(port, 10_000);
  };
  const halt = async () => {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  await start();
  return {
    port,
    user,
    password,
    async restart() {
      await halt();
      await start();
    },
    async stop() {
      await halt();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
