import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestCertificate {
  keyFile: string;
  certFile: string;
  /** The certificate itself, for a client that should trust it (`tls: { ca }`). */
  cert: Buffer;
  dir: string;
  remove(): void;
}

/**
 * A fresh self-signed key and certificate for localhost and 127.0.0.1, made by the openssl
 * binary in a temp dir: no key material lives in the repository and nothing is downloaded.
 */
export function makeTestCertificate(): TestCertificate {
  const dir = mkdtempSync(join(tmpdir(), 'loket-tls-'));
  const keyFile = join(dir, 'smtp.key');
  const certFile = join(dir, 'smtp.crt');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1',
      '-days',
      '1',
    ],
    { stdio: 'pipe' },
  );
  return { keyFile, certFile, cert: readFileSync(certFile), dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
