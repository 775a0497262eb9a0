import { captureIO } from '../helpers.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { execute } from '../../src/cli/main.ts';
import { createHtmlExtractor } from '../../src/ingest/html.ts';

const page = join(import.meta.dirname, 'fixtures', 'page.html');
const extract = createHtmlExtractor();

describe('HTML extraction', () => {
  const x = extract(readFileSync(page, 'utf8'), 'https://granite.example/swap');

  it('keeps the article paragraphs, in order', () => {
    const paras = x.text.split('\n\n');
    expect(paras[0]).toMatch(/^Envoys from Norland and Sudria agreed on Monday/);
    expect(paras.at(-1)).toMatch(/under the supervision of the Red Cross\.$/);
    expect(x.text).toContain('“This is the first step, not the last,” the Norland envoy, Ilse Brandvold, told reporters');
  });

  it('drops scripts, iframes, share bars, captions, bylines, "Read more", related links and ads', () => {
    for (const junk of ['dataLayer', 'loadComments', 'video.example', 'Share on', 'Photo: Granite Herald', 'By Tessa Quill',
      'Read more', 'Related stories', 'Border reopens', 'Advertisement', 'All rights reserved', 'Home']) {
      expect(x.text).not.toContain(junk);
    }
  });

  it('reads title, site, byline and published date', () => {
    expect(x.title).toBe('Envoys agree on prisoner swap');
    expect(x.source).toBe('The Granite Herald');
    expect(x.authors).toEqual(['Tessa Quill']);
    expect(x.published).toBe('2025-06-10');
  });

  it('falls back to the page text, with a message, when there is no article block', () => {
    const y = extract('<html><body><div>Short notice: the library closes early today.</div></body></html>');
    expect(y.text).toBe('Short notice: the library closes early today.');
  });
});

const io = () => captureIO(process.cwd());

describe('sitrep analyze with HTML', () => {
  it('analyzes the extracted body of an .html file', async () => {
    const t = io();
    expect(await execute(['analyze', page], t.io)).toBe(0);
    const report = JSON.parse(t.out());
    expect(report.text).toMatch(/^Envoys from Norland and Sudria/);
    expect(report.text).not.toContain('Share on');
    expect(report.article).toMatchObject({ title: 'Envoys agree on prisoner swap', source: 'The Granite Herald', published: '2025-06-10' });
  });

  it('extracts "html" records in --jsonl batches', async () => {
    const html = readFileSync(page, 'utf8');
    const t = captureIO(process.cwd(), `${JSON.stringify({ id: 'p1', html })}\n`);
    expect(await execute(['analyze', '--jsonl'], t.io)).toBe(0);
    const report = JSON.parse(t.out().trim());
    expect(report.id).toBe('p1');
    expect(report.text).toMatch(/^Envoys from Norland/);
  });
});
