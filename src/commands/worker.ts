/**
 * A worker thread of `--jobs`: decodes, parses and extracts one bulletin at a time, the same
 * functions the main thread would run, so the output cannot differ.
 */
import { parentPort } from 'node:worker_threads';
import { InputError, UsageError } from '../errors.js';
import { extractFigures } from '../figures/extract.js';
import { decode } from '../io/input.js';
import { parseBulletin } from '../parse/bulletin.js';
import type { ParseJob, ParseResult } from './parallel.js';

// Only in a worker thread; imported elsewhere (a test loading every module) it does nothing.
parentPort?.on('message', (job: ParseJob) => {
  let result: ParseResult;
  try {
    const text = decode(Buffer.from(job.bytes), job.source, job.encoding);
    const bulletin = parseBulletin(text, { file: job.source, date: job.date });
    result = { id: job.id, bulletin, figures: job.figures ? extractFigures(bulletin) : null };
  } catch (err) {
    if (err instanceof InputError) result = { id: job.id, inputError: { file: err.file, message: err.message } };
    else if (err instanceof UsageError) result = { id: job.id, usageError: err.message };
    else result = { id: job.id, crash: (err as Error).stack ?? String(err) };
  }
  parentPort!.postMessage(result);
});
