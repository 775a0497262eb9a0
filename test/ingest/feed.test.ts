import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCleanup, fragmentText } from '../../src/ingest/cleanup.ts';
import { parseFeed } from '../../src/ingest/feed.ts';
import { parseOpml } from '../../src/ingest/opml.ts';
import { SitrepError } from '../../src/core/errors.ts';

const fx = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const cleanup = compileCleanup();

describe('feeds', () => {
  it('reads RSS 0.91 items', () => {
    const f = parseFeed(fx('rss091.xml'));
    expect(f.format).toBe('rss');
    expect(f.title).toBe('Valley Courier');
    expect(f.items).toHaveLength(1);
    expect(f.items[0].link).toBe('https://valleycourier.example/bridge');
    expect(fragmentText(f.items[0].html, cleanup)).toMatch(/^Mayor Ruth Ellery opened the new river bridge/);
  });

  it('reads RSS 2.0 with content:encoded, entities, relative links and cleans the item HTML', () => {
    const f = parseFeed(fx('rss2.xml'));
    const [a, b] = f.items;
    expect(a.title).toBe('Port workers end strike & return to the docks’ cranes');
    expect(a.link).toBe('https://coastline.example/news/strike-ends');
    expect(a.authors).toEqual(['Milo Frayne']);
    expect(a.published).toBe('Wed, 04 Jun 2025 07:00:00 GMT');
    const text = fragmentText(a.html, cleanup);
    expect(text).toContain('union leader Cora Blaine accepted a pay offer.');
    expect(text).not.toContain('Share on Facebook');
    expect(text).not.toContain('trackView');
    expect(text.split('\n\n').at(-1)).toBe('The post Port workers end strike appeared first on Coastline Dispatch.');
    // Escaped HTML in <description> is HTML too.
    expect(fragmentText(b.html, cleanup)).toBe('The harbour authority approved a plan on Thursday to deepen the main channel by two metres.');
    expect(b.link).toBe('https://coastline.example/news/dredging');
  });

  it('reads RSS 1.0 (RDF) items that sit beside the channel', () => {
    const f = parseFeed(fx('rdf.xml'));
    expect(f.format).toBe('rdf');
    expect(f.items.map((i) => i.link)).toEqual(['https://hillgazette.example/a1', 'https://hillgazette.example/a2']);
    expect(f.items[0].published).toBe('2025-06-02T10:00:00Z');
    expect(f.items[0].authors).toEqual(['Priya Nandakumar']);
  });

  it('reads Atom: alternate link, xhtml content, html titles, text summaries, relative hrefs', () => {
    const f = parseFeed(fx('atom.xml'));
    expect(f.format).toBe('atom');
    const [a, b] = f.items;
    expect(a.title).toBe('Senator Hale backs grain deal');
    expect(a.link).toBe('https://plainsledger.example/grain');
    expect(a.published).toBe('2025-06-05T18:00:00Z');
    expect(a.authors).toEqual(['Dana Whitlock']);
    expect(fragmentText(a.html, cleanup)).toBe('Senator Abel Hale said on Thursday that he would vote for the grain export deal.\n\n“Our farmers need buyers,” he said.');
    expect(b.link).toBe('https://plainsledger.example/rail');
    expect(b.published).toBe('2025-06-06T09:00:00Z');
    expect(fragmentText(b.html, cleanup)).toMatch(/^Rail unions called off/);
  });

  it('reads broken XML as far as it goes and says so', () => {
    const f = parseFeed(fx('broken.xml'));
    expect(f.messages[0].rule).toBe('ingest/malformed-xml');
    expect(f.items.length).toBeGreaterThanOrEqual(1);
    expect(f.items[0].title).toBe('Bridge inspection finds cracks');
  });

  it('refuses XML that is not a feed', () => {
    expect(() => parseFeed('<html><body>hello</body></html>')).toThrow(SitrepError);
    expect(() => parseFeed('<?xml version="1.0"?><catalog><book/></catalog>')).toThrow(/not a feed/);
  });
});

describe('OPML', () => {
  it('lists every feed once, nested folders included, relative URLs resolved', () => {
    const { feeds } = parseOpml(fx('feeds.opml'), 'file:///data/feeds.opml');
    expect(feeds.map((f) => f.xmlUrl)).toEqual(['file:///data/rss2.xml', 'file:///data/rdf.xml', 'file:///data/atom.xml']);
    expect(feeds[0].folders).toEqual(['Local']);
    expect(feeds[2].folders).toEqual([]);
  });

  it('refuses a document that is not OPML', () => {
    expect(() => parseOpml('<rss><channel/></rss>')).toThrow(/not an OPML/);
  });
});
