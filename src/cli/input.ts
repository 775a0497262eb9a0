import { readFileSync, statSync } from 'node:fs';
import { SitrepError } from '../core/errors.ts';
import type { Message } from '../core/types.ts';
import { decodeDocument } from '../ingest/encoding.ts';

/** Default cap on one article's size; larger inputs are refused with E003 unless raised. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface DecodedText {
  text: string;
  messages: Message[];
}

/**
 * Decode bytes as text the way ingest does (src/ingest/encoding.ts): byte-order mark, declared
 * charset, UTF-8 when valid, else Windows-1252 with a message. NUL bytes in 8-bit text mean binary
 * junk (E002). Never a crash, never silent mojibake.
 */
export function decodeBytes(bytes: Uint8Array, what: string): DecodedText {
  const d = decodeDocument(bytes, what);
  return { text: d.text, messages: d.messages };
}

/** Read a text file for analysis, with clear errors for missing files, directories and huge inputs. */
export function readTextFile(path: string, maxBytes = DEFAULT_MAX_BYTES): DecodedText {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new SitrepError('E005', path);
    size = st.size;
  } catch (err) {
    if (err instanceof SitrepError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new SitrepError('E004', path);
    throw new SitrepError('E009', `${path} (${code ?? (err as Error).message})`);
  }
  if (size > maxBytes) {
    throw new SitrepError('E003', `${path} is ${(size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(1)} MB limit (raise it with --max-bytes)`);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new SitrepError('E009', `${path} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  return decodeBytes(bytes, path);
}

/** Read all of a stream (stdin) into bytes, refusing more than `maxBytes`. */
export async function readStream(stream: NodeJS.ReadableStream, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += b.length;
    if (total > maxBytes) throw new SitrepError('E003', `standard input exceeds the ${(maxBytes / 1048576).toFixed(1)} MB limit (raise it with --max-bytes)`);
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}
