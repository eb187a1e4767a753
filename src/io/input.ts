/**
 * The only place that reads: file arguments, directories and stdin → decoded text.
 */
import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { TextDecoder } from 'node:util';
import { InputError, UsageError } from '../errors.js';

/** Where input comes from: a path, or `-` for stdin; or a path given that holds nothing to read, and why. */
export type Source = string | Unreadable;

export interface Unreadable {
  path: string;
  problem: string;
}

const TEXT_EXTENSIONS = /\.(?:txt|md)$/i;

/**
 * Turn the file arguments into a list of sources: directories are searched recursively for `.txt`
 * and `.md` files (sorted, so runs are repeatable); `-` is stdin. No arguments means stdin when it
 * is piped, and a usage error when it is a terminal (nothing would ever arrive).
 */
export async function expandSources(args: string[], stdinIsTTY: boolean): Promise<Source[]> {
  if (args.length === 0) {
    if (stdinIsTTY) throw new UsageError('no input: give files or directories, or pipe a bulletin to stdin');
    return ['-'];
  }
  if (args.filter((a) => a === '-').length > 1) throw new UsageError('stdin (-) may be given only once');
  const sources: Source[] = [];
  for (const arg of args) {
    if (arg === '-') {
      sources.push(arg);
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch {
      // Reported when read, in order with the rest; stat's message is not the one users need.
      sources.push(arg);
      continue;
    }
    if (!info.isDirectory()) {
      sources.push(arg);
      continue;
    }
    const before = sources.length;
    await walk(arg, sources);
    // A directory with nothing to read is reported in its turn, with the rest of the run.
    if (sources.length === before) sources.push({ path: arg, problem: 'directory holds no .txt or .md files' });
  }
  return sources;
}

/**
 * The readable files under `dir`, in name order, added to `found`. Added one by one: spread into
 * push() as arguments, the 125,000 files of an archive's directory overflowed the stack.
 */
async function walk(dir: string, found: Source[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) await walk(path, found);
    else if (!TEXT_EXTENSIONS.test(e.name)) continue;
    else if (e.isFile()) found.push(path);
    // A FIFO or device in an archive would block the run or never end; named on the command line it is read.
    else if (!e.isSymbolicLink()) found.push({ path, problem: 'not a regular file (skipped)' });
    else found.push(path);
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/**
 * Read one source's bytes. Files are read synchronously: bulletins are small, and a sync read
 * costs a fraction of an async one (thousands of files are read one after another). Stdin is read
 * asynchronously (readFileSync(0) fails on non-blocking pipes).
 */
export async function readBytes(source: string, stdin: NodeJS.ReadableStream): Promise<Buffer> {
  if (source === '-') return readAll(stdin);
  try {
    return readFileSync(source);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const problem =
      code === 'ENOENT' ? 'no such file' :
      code === 'EACCES' ? 'permission denied' :
      code === 'EISDIR' ? 'is a directory' :
      `cannot read (${code ?? 'unknown error'})`;
    throw new InputError(source, problem);
  }
}

/**
 * Decode a file's bytes to text. UTF-8 by default: one leading BOM dropped, invalid bytes an
 * error naming the byte offset; UTF-16 with a BOM decoded; `encoding` names another (gb18030,
 * big5, latin1 …). Binary input and empty input are errors.
 */
export function decode(bytes: Buffer, file: string, encoding?: string): string {
  if (bytes.length === 0 || bytes.toString('latin1').trim() === '') throw new InputError(file, 'empty input');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new InputError(file, 'binary file, not text');
  if (encoding && !/^utf-?8$/i.test(encoding)) {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(encoding, { fatal: true });
    } catch {
      throw new UsageError(`unknown encoding '${encoding}' (try gb18030, big5, latin1, utf-16le)`);
    }
    try {
      return decoder.decode(bytes);
    } catch {
      throw new InputError(file, `input is not valid ${encoding}`);
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(
      file,
      `input is not valid UTF-8 (byte ${firstInvalidUtf8(bytes)}); if it is GB18030 or another encoding, give --encoding gb18030`,
    );
  }
}

/** Byte offset of the first byte that does not belong to a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}
