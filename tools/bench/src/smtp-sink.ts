import { spawn, ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');

/** The sink's report for one recipient domain: every accepted message's recipient and time. */
export type Acceptances = Array<[recipient: string, acceptedAt: number]>;

/** Handle on the SMTP sink process (`smtp-sink-process.ts`). */
export interface SmtpSink {
  smtpUrl: string;
  pid: number;
  counts(): Promise<Record<string, number>>;
  accepted(domain: string): Promise<Acceptances>;
  stop(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const child: ChildProcess = spawn(process.execPath, ['-r', join(root, 'tools', 'register.js'), join(__dirname, 'smtp-sink-process.ts')], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const ports = await new Promise<{ smtp: number; http: number }>((resolve, reject) => {
    let buffer = '';
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      buffer += chunk;
      const newline = buffer.indexOf('\n');
      if (newline >= 0) resolve(JSON.parse(buffer.slice(0, newline)));
    });
    child.once('exit', (code) => reject(new Error(`the SMTP sink exited (${code}) before listening`)));
  });
  const get = async <T>(path: string): Promise<T> => (await (await fetch(`http://127.0.0.1:${ports.http}${path}`)).json()) as T;
  return {
    smtpUrl: `smtp://127.0.0.1:${ports.smtp}`,
    pid: child.pid!,
    counts: () => get('/counts'),
    accepted: (domain) => get(`/accepted?domain=${encodeURIComponent(domain)}`),
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
