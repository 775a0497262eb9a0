import type { Doc } from '../../core/doc.ts';
import type { Stage } from '../../core/pipeline.ts';
import type { TrailerPatterns } from './patterns.ts';

/** Split "A, B and C" into names. */
function splitNames(list: string): string[] {
  return list
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/)
    .map((s) => s.trim())
    .filter((s) => s.length > 1);
}

function firstMatch(patterns: RegExp[], line: string): RegExpExecArray | null {
  for (const p of patterns) {
    const m = p.exec(line);
    if (m) return m;
  }
  return null;
}

/**
 * Zones: find the trailer (feed footer, reporting credits, author bios) by walking paragraphs
 * backwards from the end, and move `doc.bodyEnd` before it, so later stages take no actors, quotes
 * or events from it. Credits fill `article.contributors`, bios `article.authors`, and the footer
 * gives `title` and `source` where the caller passed none.
 */
export function createZonesStage(patterns: TrailerPatterns): Stage {
  return {
    name: 'zones',
    needs: ['tokens'],
    sets: ['zones'],
    run(doc: Doc) {
      const authors: string[] = [];
      const contributors: string[] = [];
      let bodyEnd = doc.text.length;
      let continuation = false;
      for (let p = doc.paragraphs.length - 1; p > 0; p--) {
        const [start, end] = doc.paragraphs[p];
        const line = doc.text.slice(start, end);
        let m: RegExpExecArray | null;
        if ((m = firstMatch(patterns.footer, line))) {
          const g = m.groups ?? {};
          if (!doc.article.title && g.title) doc.article.title = g.title.trim();
          if (!doc.article.source && g.source) doc.article.source = g.source.trim();
        } else if ((m = firstMatch(patterns.credit, line))) {
          contributors.unshift(...splitNames(m.groups?.names ?? ''));
        } else if ((m = firstMatch(patterns.bio, line))) {
          if (m.groups?.name) authors.unshift(m.groups.name.trim());
        } else if (firstMatch(patterns.bioContinuation, line)) {
          continuation = true;
        } else {
          break;
        }
        bodyEnd = start;
      }
      if (continuation && authors.length === 0) bodyEnd = doc.text.length; // a stray "He writes…" alone is body
      if (bodyEnd < doc.text.length) {
        doc.bodyEnd = bodyEnd;
        for (const a of authors) if (!doc.article.authors.includes(a)) doc.article.authors.push(a);
        for (const c of contributors) if (!doc.article.contributors.includes(c)) doc.article.contributors.push(c);
        doc.message('zones/trailer', `article trailer (credits, bios, footer) starts at ${bodyEnd}`, [bodyEnd, doc.text.length], 'info');
      }
    },
  };
}
