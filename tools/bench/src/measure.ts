import { readFileSync } from 'node:fs';
import type { Acceptances } from './smtp-sink';

export interface RunResult {
  emailsPerS: number;
  firstMs: number;
  /** Emails/s between the 10th and the 90th percentile of acceptances: the rate once under way. */
  steadyPerS: number;
  p50Ms: number;
  p99Ms: number;
  duplicates: number;
  missing: number;
  /** Messages to recipients that were not expected (should be 0). */
  unexpected: number;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * Throughput, latency and exactly-once from what the sink accepted. Latency is measured from `startedAt`
 * (the announce call, or the baseline's first enqueue) to each recipient's first acceptance; throughput
 * is the number of expected recipients reached over the time to the last acceptance.
 */
export function measure(expected: ReadonlySet<string>, accepted: Acceptances, startedAt: number): RunResult {
  const first = new Map<string, number>();
  let duplicates = 0;
  let unexpected = 0;
  for (const [to, at] of accepted) {
    if (!expected.has(to)) unexpected++;
    else if (first.has(to)) duplicates++;
    else first.set(to, at);
  }
  const latencies = [...first.values()].map((at) => at - startedAt).sort((a, b) => a - b);
  const elapsed = latencies.length ? latencies[latencies.length - 1] : 0;
  return {
    emailsPerS: elapsed > 0 ? Math.round((first.size / elapsed) * 10000) / 10 : 0,
    firstMs: latencies[0] ?? 0,
    steadyPerS: steadyRate(latencies),
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    duplicates,
    missing: expected.size - first.size,
    unexpected,
  };
}

function steadyRate(sorted: readonly number[]): number {
  const from = Math.floor(sorted.length * 0.1);
  const to = Math.floor(sorted.length * 0.9);
  const ms = (sorted[to] ?? 0) - (sorted[from] ?? 0);
  return ms > 0 ? Math.round(((to - from) / ms) * 10000) / 10 : 0;
}

/**
 * What the service processes used: peak resident memory, sampled from /proc/<pid>/status (VmHWM is the
 * kernel's own high-water mark, so sampling only needs to happen before a process ends), and CPU time.
 */
export class ProcessStats {
  private readonly peakKb = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly pids: () => Record<string, number | undefined>) {
    this.timer = setInterval(() => this.sample(), 500);
    this.timer.unref();
  }

  sample(): void {
    for (const [name, pid] of Object.entries(this.pids())) {
      if (!pid) continue;
      try {
        const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
        this.peakKb.set(name, Math.max(this.peakKb.get(name) ?? 0, kb));
      } catch {
        // the process has ended: its last sample stands
      }
    }
  }

  /** CPU time (user + system) each process has used so far, in ms, from /proc/<pid>/stat. */
  cpuMs(): Record<string, number> {
    const ticksPerMs = 100 / 1000; // USER_HZ is 100 on Linux
    const used: Record<string, number> = {};
    for (const [name, pid] of Object.entries(this.pids())) {
      try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
        used[name] = (Number(fields[11]) + Number(fields[12])) / ticksPerMs;
      } catch {
        // ended
      }
    }
    return used;
  }

  /** Peak per process in MB so far. */
  peaks(): Record<string, number> {
    return Object.fromEntries([...this.peakKb].map(([name, kb]) => [name, Math.round(kb / 102.4) / 10]));
  }

  /** Peak per process in MB, after a last sample. */
  stop(): Record<string, number> {
    this.sample();
    clearInterval(this.timer);
    return this.peaks();
  }
}
