/**
 * The only place that writes data: stdout or an `-o` file, with backpressure, and a reader that
 * goes away early (`| head`) treated as the end of the run, not an error. An `-o` file appears
 * whole or not at all: it is written beside its name and renamed into place at the end.
 */
import { createWriteStream, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { once } from 'node:events';
import { InputError } from '../errors.js';

export interface Sink {
  /** Write a chunk; resolves once the stream can take more. After the reader left, does nothing. */
  write(chunk: string): Promise<void>;
  /** Flush and close (an `-o` file) or just flush (stdout). */
  end(): Promise<void>;
  /** True once the reader closed the pipe: stop producing. */
  readonly closed: boolean;
  /** Whether the destination is a terminal (decides table vs. ndjson, and colour). */
  readonly isTTY: boolean;
}

class StreamSink implements Sink {
  closed = false;
  private failure: Error | null = null;

  constructor(
    private readonly stream: NodeJS.WritableStream,
    readonly isTTY: boolean,
    private readonly ownsStream: boolean,
    private readonly name: string,
  ) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') this.closed = true;
      else this.failure = err;
    });
  }

  async write(chunk: string): Promise<void> {
    this.check();
    if (this.closed || chunk === '') return;
    if (!this.stream.write(chunk)) await this.writable();
    this.check();
  }

  /** Wait until the stream drains, or closes, or fails (the error handler records which). */
  private writable(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        this.stream.off('drain', done);
        this.stream.off('close', done);
        this.stream.off('error', done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('close', done);
      this.stream.on('error', done);
    });
  }

  async end(): Promise<void> {
    this.check();
    if (this.ownsStream && !this.closed) {
      const finished = once(this.stream, 'finish').catch(() => undefined);
      this.stream.end();
      await finished;
    }
    this.check();
  }

  private check(): void {
    if (this.failure) throw cannotWrite(this.name, this.failure);
  }
}

/** Temporary files of `-o` outputs not yet renamed into place, removed if the run ends early. */
const pending = new Set<string>();

/**
 * Remove the temporary files of outputs that did not finish (an error, SIGINT): the file `-o`
 * named keeps its old content, or stays absent. Synchronous, so it can run on the way out.
 */
export function discardUnfinishedOutputs(): void {
  for (const temp of pending) rmSync(temp, { force: true });
  pending.clear();
}

function openTemp(temp: string, target: string): number {
  try {
    return openSync(temp, 'wx');
  } catch (err) {
    throw cannotWrite(target, err as Error);
  }
}

/** A write error in the user's words: `cannot write: no such directory`. */
function cannotWrite(name: string, err: Error): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'no such directory' : code === 'EACCES' ? 'permission denied' : code === 'ENOSPC' ? 'no space left on device' : err.message;
  return new InputError(name, `cannot write: ${why}`);
}

/** An `-o` file: written to a temporary file beside it, renamed over it only once complete. */
class AtomicFileSink extends StreamSink {
  constructor(
    private readonly temp: string,
    private readonly target: string,
  ) {
    // Opened now, not when the stream gets to it, so a run that stops at once leaves nothing behind.
    super(createWriteStream('', { fd: openTemp(temp, target) }), false, true, target);
    pending.add(temp);
  }

  override async end(): Promise<void> {
    try {
      await super.end();
      renameSync(this.temp, this.target);
    } catch (err) {
      rmSync(this.temp, { force: true });
      throw err instanceof InputError ? err : cannotWrite(this.target, err as Error);
    } finally {
      pending.delete(this.temp);
    }
  }
}

/** stdout, or the file named by `-o` (`-o -` is stdout). */
export function openSink(output: string | undefined, stdout: NodeJS.WriteStream): Sink {
  if (output === undefined || output === '-') return new StreamSink(stdout, stdout.isTTY === true, false, 'stdout');
  const temp = join(dirname(output), `.${basename(output)}.${process.pid}.${pending.size}.tmp`);
  return new AtomicFileSink(temp, output);
}
