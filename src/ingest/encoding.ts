import { SitrepError } from '../core/errors.ts';
import type { Message } from '../core/types.ts';

/** Decoded text plus the encoding used and how it was chosen. */
export interface Decoded {
  text: string;
  encoding: string;
  /** `bom`, `http`, `xml`, `meta`, `utf16-sniff`, `utf8`, `detected`. */
  via: string;
  messages: Message[];
}

/** Labels people write, mapped to what TextDecoder calls them. ISO-8859-1 is read as its superset. */
const ALIASES: Record<string, string> = {
  'utf8': 'utf-8', 'utf-8': 'utf-8', 'unicode-1-1-utf-8': 'utf-8',
  'utf-16': 'utf-16le', 'utf-16le': 'utf-16le', 'utf-16be': 'utf-16be', 'ucs-2': 'utf-16le',
  'iso-8859-1': 'windows-1252', 'latin1': 'windows-1252', 'latin-1': 'windows-1252', 'l1': 'windows-1252',
  'windows-1252': 'windows-1252', 'cp1252': 'windows-1252', 'us-ascii': 'windows-1252', 'ascii': 'windows-1252',
};

/** Normalise a charset label; null when TextDecoder does not know it. */
export function charsetLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (ALIASES[l]) return ALIASES[l];
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return null;
  }
}

/** `charset=` of a Content-Type header. */
export function headerCharset(contentType: string | null | undefined): string | null {
  const m = /charset\s*=\s*["']?([^;"'\s]+)/i.exec(contentType ?? '');
  return m ? m[1] : null;
}

/** Charset declared inside the first bytes: XML declaration, then `<meta charset>` / http-equiv. */
function declaredCharset(head: string): { label: string; via: string } | null {
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return { label: xml[1], via: 'xml' };
  const meta = /<meta[^>]+charset\s*=\s*["']?([^"'\s/>;]+)/i.exec(head);
  if (meta) return { label: meta[1], via: 'meta' };
  return null;
}

/** UTF-16 without a BOM shows as every other byte being NUL in markup or ASCII text. */
function sniffUtf16(b: Uint8Array): string | null {
  if (b.length < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  const n = Math.min(b.length - (b.length % 2), 512);
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenNul++;
    if (b[i + 1] === 0) oddNul++;
  }
  const half = n / 2;
  if (oddNul > half * 0.6 && evenNul < half * 0.1) return 'utf-16le';
  if (evenNul > half * 0.6 && oddNul < half * 0.1) return 'utf-16be';
  return null;
}

/** Windows-1252's 0x80–0x9F (undefined bytes stay C1 controls, as browsers do). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** Node's TextDecoder reads "windows-1252" as plain Latin-1 unless built with full ICU: decode it ourselves. */
function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : b)));
  }
  return out;
}

function decodeWith(bytes: Uint8Array, encoding: string, what: string, via: string): Decoded {
  const messages: Message[] = [];
  if (encoding === 'windows-1252') return { text: decodeCp1252(bytes), encoding, via, messages };
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder(encoding).decode(bytes);
    const bad = (text.match(/\uFFFD/g) ?? []).length;
    messages.push({
      rule: 'ingest/invalid-bytes', severity: 'warning', span: null,
      reason: `${what}: ${bad} byte sequence(s) invalid in ${encoding} replaced with U+FFFD`,
    });
  }
  return { text, encoding, via, messages };
}

/**
 * Decode a document's bytes, choosing the encoding in the order browsers do: byte-order mark,
 * HTTP `charset`, XML declaration or `<meta charset>`, BOM-less UTF-16, then UTF-8 if the bytes
 * are valid UTF-8, else Windows-1252 (a superset of ISO-8859-1) with an info message. A declared
 * encoding the bytes break gets U+FFFD replacements and a warning, never silent mojibake.
 */
export function decodeDocument(bytes: Uint8Array, what: string, contentType?: string | null): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeWith(bytes.subarray(3), 'utf-8', what, 'bom');
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith(bytes.subarray(2), 'utf-16le', what, 'bom');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith(bytes.subarray(2), 'utf-16be', what, 'bom');
  const utf16 = sniffUtf16(bytes);
  if (utf16) return decodeWith(bytes, utf16, what, 'utf16-sniff');
  if (bytes.includes(0)) throw new SitrepError('E002', what);
  const fromHeader = headerCharset(contentType);
  const head = decodeCp1252(bytes.subarray(0, 2048));
  const declared = fromHeader ? { label: fromHeader, via: 'http' } : declaredCharset(head);
  const unknown: Message[] = [];
  if (declared) {
    const enc = charsetLabel(declared.label);
    // A document in UTF-16 cannot declare itself in ASCII-readable bytes; the declaration lies.
    if (enc && !enc.startsWith('utf-16')) return decodeWith(bytes, enc, what, declared.via);
    if (!enc) unknown.push({ rule: 'ingest/unknown-charset', severity: 'warning', span: null, reason: `${what}: unknown charset "${declared.label}" ignored` });
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', via: 'utf8', messages: unknown };
  } catch {
    const d = decodeWith(bytes, 'windows-1252', what, 'detected');
    d.messages.unshift(...unknown, {
      rule: 'ingest/encoding-detected', severity: 'info', span: null,
      reason: `${what}: not valid UTF-8 and no charset declared; read as Windows-1252`,
    });
    return d;
  }
}
