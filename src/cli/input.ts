import { readFileSync, statSync } from 'node:fs';
import { SitrepError } from '../core/errors.ts';
import type { Message } from '../core/types.ts';

/** Default cap on one article's size; larger inputs are refused with E003 unless raised. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface DecodedText {
  text: string;
  messages: Message[];
}

/**
 * Decode bytes as text: UTF-16 by BOM, otherwise UTF-8 (BOM dropped). NUL bytes in UTF-8 mean
 * binary junk (E002). Invalid UTF-8 sequences become U+FFFD with one warning, never a crash.
 */
export function decodeBytes(bytes: Uint8Array, what: string): DecodedText {
  const messages: Message[] = [];
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const le = bytes[0] === 0xff;
    return { text: new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2)), messages };
  }
  let body = bytes;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  if (body.includes(0)) throw new SitrepError('E002', what);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    text = new TextDecoder('utf-8').decode(body);
    const bad = (text.match(/\uFFFD/g) ?? []).length;
    messages.push({
      rule: 'input/invalid-utf8', severity: 'warning', span: null,
      reason: `${what}: ${bad} invalid UTF-8 sequence(s) replaced with U+FFFD`,
    });
  }
  return { text, messages };
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
