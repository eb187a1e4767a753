/**
 * `--jobs N`: bulletins decoded, parsed and their figures extracted on N worker threads, the
 * results handed back in the order of the files, so the output is the same as with one.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Bulletin, Figure } from '../model.js';

export interface ParseJob {
  id: number;
  source: string;
  bytes: ArrayBuffer;
  encoding?: string;
  date?: string;
  figures: boolean;
}

export type ParseResult = { id: number } & (
  | { bulletin: Bulletin; figures: Figure[] | null }
  | { inputError: { file: string; message: string } }
  | { usageError: string }
  | { crash: string }
);

/**
 * A worker's young generation, in MB. V8 lets each thread's grow to 32 MB, and with the main
 * thread's that was half the resident memory of a run over many files; at 6 MB `figures` over
 * 200 MB of bulletins peaked at 172 MB (twice) against 226 and 360 MB, and 300 bulletins with
 * --jobs 2 took the same instructions (callgrind). Only the young generation is capped: a worker
 * may still be sent one huge file.
 */
const WORKER_YOUNG_MB = 6;

/** Below this many files a run is over before threads would pay for their start. */
const PARALLEL_FROM_FILES = 50;

/** `--jobs`, else one thread per core for a run of many files, else one. */
export function jobsFor(jobs: number | undefined, files: number): number {
  if (jobs !== undefined) return jobs;
  return files >= PARALLEL_FROM_FILES ? availableParallelism() : 1;
}

/**
 * Jobs posted to one worker before it has answered the first: a small bulletin takes about a
 * millisecond, as long as a message's round trip through the main thread, so a worker given one job
 * at a time waited a quarter of a run for its next.
 */
export const JOBS_PER_WORKER = 4;

export class ParsePool {
  private readonly queue: ParseJob[] = [];
  private readonly waiting = new Map<number, (r: ParseResult) => void>();
  private next = 0;
  private readonly workers: Array<{ worker: Worker; inFlight: number }> = [];

  /** Worker threads load only for a run that uses them: a one-file run starts without them. */
  static start(size: number): ParsePool {
    // require, not import(): the CLI runs compiled from V8's code cache, which keeps no import() callback.
    const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
    const options = { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } };
    return new ParsePool(Array.from({ length: size }, () => new Worker(new URL('./worker.js', import.meta.url), options)));
  }

  private constructor(threads: Worker[]) {
    for (const worker of threads) {
      const slot = { worker, inFlight: 0 };
      slot.worker.on('message', (r: ParseResult) => {
        this.waiting.get(r.id)?.(r);
        this.waiting.delete(r.id);
        slot.inFlight--;
        this.pump();
      });
      slot.worker.on('error', (err) => {
        for (const [id, done] of this.waiting) done({ id, crash: err.stack ?? String(err) });
        this.waiting.clear();
      });
      this.workers.push(slot);
    }
  }

  /** Parse on the least busy worker (files differ in size: a fixed turn would leave one idle). */
  parse(job: Omit<ParseJob, 'id'>): Promise<ParseResult> {
    const id = this.next++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.queue.push({ ...job, id });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length) {
      const slot = this.workers.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
      if (slot.inFlight >= JOBS_PER_WORKER) return;
      const job = this.queue.shift()!;
      slot.inFlight++;
      // The bytes move to the worker (no copy).
      slot.worker.postMessage(job, [job.bytes]);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
