import { parseHTML } from 'linkedom';
import { z } from 'zod';
import cleanupData from '../../data/ingest/cleanup.json' with { type: 'json' };

const CleanupSchema = z.object({
  removeSelectors: z.array(z.string().min(1)),
  dropLines: z.array(z.string().min(1)),
});

/** Cleanup rules compiled once: one selector list, one alternation for the line patterns. */
export interface Cleanup {
  selector: string;
  dropLine: RegExp;
}

/** Compile cleanup rules (data/ingest/cleanup.json, or a user's file of the same shape). */
export function compileCleanup(data: unknown = cleanupData): Cleanup {
  const c = CleanupSchema.parse(data);
  for (const p of c.dropLines) new RegExp(p, 'iu'); // fail early, naming nothing vague
  return { selector: c.removeSelectors.join(', '), dropLine: new RegExp(c.dropLines.map((p) => `(?:${p})`).join('|'), 'iu') };
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL', 'FOOTER', 'FIGURE',
]);

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
}

/** Text of a DOM subtree with a line break around every block element. */
function blockText(node: NodeLike, out: string[]): void {
  if (node.nodeType === 3) {
    out.push(node.textContent ?? '');
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const block = BLOCK.has(node.nodeName.toUpperCase());
  if (block) out.push('\n');
  for (let i = 0; i < node.childNodes.length; i++) blockText(node.childNodes[i], out);
  if (block) out.push('\n');
}

/**
 * Paragraph text of a DOM subtree: whitespace collapsed inside lines, one blank line between
 * paragraphs, lines matching the cleanup patterns (share bars, "Read more", captions) dropped.
 */
export function domText(root: unknown, cleanup: Cleanup): string {
  const parts: string[] = [];
  blockText(root as NodeLike, parts);
  const lines: string[] = [];
  for (const raw of parts.join('').split('\n')) {
    const line = raw.replace(/[\s\u00a0]+/g, ' ').trim();
    if (line && !cleanup.dropLine.test(line)) lines.push(line);
  }
  return lines.join('\n\n');
}

/** Remove the elements the cleanup rules name (before Readability, so its scoring ignores them). */
export function removeJunk(root: { querySelectorAll(s: string): ArrayLike<{ remove(): void }> }, cleanup: Cleanup): void {
  const junk = Array.from(root.querySelectorAll(cleanup.selector));
  for (const el of junk) el.remove();
}

/** Text of an HTML fragment (feed item content): junk removed, paragraphs kept. */
export function fragmentText(html: string, cleanup: Cleanup): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  removeJunk(document.body, cleanup);
  return domText(document.body, cleanup);
}

/** Decode HTML entities left in a plain string (feed titles often carry `&nbsp;`, `&#8217;`). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  // Escaping `<` first makes the parser decode entities only, never read tags.
  const { document } = parseHTML(`<!doctype html><html><body><p>${s.replace(/</g, '&lt;')}</p></body></html>`);
  return document.body.textContent ?? s;
}
