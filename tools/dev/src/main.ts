import { spawn } from 'node:child_process';
import { join } from 'node:path';

/**
 * `npm start`. Ctrl+C in a terminal signals the whole foreground process group at once: the embedded
 * PostgreSQL would stop while the services still use it (hundreds of "terminating connection" errors,
 * services dying on unhandled errors). So the stack runs in a process group of its own, and this
 * process only passes signals on to it: the stack then stops in order, services before PostgreSQL.
 */
const root = join(__dirname, '..', '..', '..');
const stack = spawn(process.execPath, ['-r', join(root, 'tools', 'register.js'), join(__dirname, 'run-stack.ts')], {
  stdio: 'inherit',
  detached: true,
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => stack.kill(signal));
}
stack.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

// `kill <npm's pid>` ends npm without passing the signal on: this process is then adopted by init and
// the stack would keep serving, orphaned. A parent that went away means "stop".
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stack.kill('SIGTERM');
}, 500).unref();
