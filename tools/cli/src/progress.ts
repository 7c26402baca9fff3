import { SingleBar } from 'cli-progress';

/**
 * Progress of a long command on stderr: a bar on a terminal, plain lines otherwise (a log or a CI job
 * keeps them readable, where a redrawn bar would leave control characters).
 */
export class Progress {
  private readonly bar: SingleBar | null;

  constructor(
    private readonly total: number,
    private readonly label: (done: number, total: number) => string,
    stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.bar = stream.isTTY
      ? new SingleBar({ stream, format: '{bar} {percentage}% {value}/{total}', hideCursor: true, clearOnComplete: false })
      : null;
    this.bar?.start(total, 0);
  }

  update(done: number): void {
    if (this.bar) this.bar.update(done);
    else process.stderr.write(`${this.label(done, this.total)}\n`);
  }

  stop(): void {
    this.bar?.stop();
  }
}
