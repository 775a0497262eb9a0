import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../src/ingest/encoding.ts';
import { parseFeed } from '../../src/ingest/feed.ts';
import { SitrepError } from '../../src/core/errors.ts';

const TEXT = 'Ministre Zoé Lefèvre a dit « non » — 10 €';
const utf16 = (s: string, be: boolean, bom: boolean): Buffer => {
  const le = Buffer.from(s, 'utf16le');
  const b = be ? Buffer.from(le.map((_, i) => le[i ^ 1])) : le;
  return bom ? Buffer.concat([Buffer.from(be ? [0xfe, 0xff] : [0xff, 0xfe]), b]) : b;
};
/** Windows-1252 bytes of the test sentence (€ is 0x80, — is 0x97). */
const cp1252 = (s: string): Buffer => Buffer.from([...s].map((c) => ({ '€': 0x80, '—': 0x97 } as Record<string, number>)[c] ?? c.charCodeAt(0)));

describe('decodeDocument', () => {
  it('reads UTF-8 with and without BOM', () => {
    const plain = Buffer.from(TEXT, 'utf8');
    expect(decodeDocument(plain, 't').text).toBe(TEXT);
    const bom = decodeDocument(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]), 't');
    expect(bom.text).toBe(TEXT);
    expect(bom.via).toBe('bom');
  });

  it('reads UTF-16 LE and BE, with and without BOM', () => {
    for (const be of [false, true]) {
      for (const bom of [false, true]) {
        const d = decodeDocument(utf16(`<p>${TEXT}</p>`, be, bom), 't');
        expect(d.text).toBe(`<p>${TEXT}</p>`);
        expect(d.encoding).toBe(be ? 'utf-16be' : 'utf-16le');
      }
    }
  });

  it('honours Windows-1252 and ISO-8859-1 declared in the XML declaration, meta tag or HTTP header', () => {
    const xml = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="windows-1252"?><t>'), cp1252(TEXT), Buffer.from('</t>')]);
    expect(decodeDocument(xml, 't').text).toBe(`<?xml version="1.0" encoding="windows-1252"?><t>${TEXT}</t>`);
    const latin = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><t>'), Buffer.from('Zoé Lefèvre', 'latin1'), Buffer.from('</t>')]);
    expect(decodeDocument(latin, 't').text).toContain('Zoé Lefèvre');
    const html = Buffer.concat([Buffer.from('<html><head><meta charset="iso-8859-1"></head><body>'), cp1252(TEXT), Buffer.from('</body></html>')]);
    const d = decodeDocument(html, 't');
    expect(d.via).toBe('meta');
    expect(d.text).toContain(TEXT);
    const viaHeader = decodeDocument(cp1252(TEXT), 't', 'text/html; charset=windows-1252');
    expect(viaHeader.text).toBe(TEXT);
    expect(viaHeader.via).toBe('http');
  });

  it('detects Windows-1252 when nothing is declared and the bytes are not UTF-8', () => {
    const d = decodeDocument(cp1252(TEXT), 't');
    expect(d.text).toBe(TEXT);
    expect(d.messages.map((m) => m.rule)).toEqual(['ingest/encoding-detected']);
  });

  it('replaces bytes invalid in the declared encoding with U+FFFD and a warning', () => {
    const bad = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="utf-8"?><t>caf'), Buffer.from([0xe9, 0x20]), Buffer.from('ok</t>')]);
    const d = decodeDocument(bad, 'bad.xml');
    expect(d.text).toBe('<?xml version="1.0" encoding="utf-8"?><t>caf\uFFFD ok</t>');
    expect(d.messages[0]).toMatchObject({ rule: 'ingest/invalid-bytes', severity: 'warning' });
    expect(d.messages[0].reason).toMatch(/bad\.xml: 1 byte sequence/);
  });

  it('refuses binary junk', () => {
    expect(() => decodeDocument(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0, 0, 1, 2, 3, 0]), 'x.png')).toThrow(SitrepError);
  });

  it('gives a feed in Latin-1 its accents back, entities decoded', () => {
    const bytes = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Le Courrier</title><item><title>'),
      Buffer.from('Réunion à Genève &amp; accord&nbsp;signé &#8212; fin', 'latin1'),
      Buffer.from('</title><link>https://c.example/1</link></item></channel></rss>'),
    ]);
    const feed = parseFeed(decodeDocument(bytes, 'f').text);
    expect(feed.items[0].title).toBe('Réunion à Genève & accord signé — fin');
  });
});
