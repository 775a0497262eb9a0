import { XMLValidator } from 'fast-xml-parser';
import { DOMParser } from 'linkedom';
import { SitrepError } from '../core/errors.ts';
import type { Message } from '../core/types.ts';

/** One subscription of an OPML list. */
export interface OpmlFeed {
  title: string | null;
  xmlUrl: string;
  htmlUrl: string | null;
  /** Titles of the enclosing folders, outermost first. */
  folders: string[];
}

interface El {
  tagName: string;
  children: ArrayLike<El>;
  getAttribute(name: string): string | null;
}

/** Is this XML an OPML document? */
export function looksLikeOpml(xml: string): boolean {
  return /<opml[\s>]/i.test(xml.slice(0, 4096));
}

/**
 * Read the feeds of an OPML subscription list: every `<outline>` with an `xmlUrl`, at any depth,
 * relative URLs resolved against `baseUrl`. Duplicated URLs are listed once.
 */
export function parseOpml(xml: string, baseUrl: string | null = null): { feeds: OpmlFeed[]; messages: Message[] } {
  const messages: Message[] = [];
  const check = XMLValidator.validate(xml);
  if (check !== true) {
    messages.push({ rule: 'ingest/malformed-xml', severity: 'warning', span: null,
      reason: `OPML is not well-formed XML (line ${check.err.line}: ${check.err.msg}); read leniently` });
  }
  const doc = new DOMParser().parseFromString(xml.replace(/^\s*<\?xml[^>]*\?>/, ''), 'text/xml');
  const root = doc.documentElement as unknown as El | null;
  if (!root || root.tagName.toLowerCase() !== 'opml') throw new SitrepError('E010', 'not an OPML document');
  const feeds: OpmlFeed[] = [];
  const seen = new Set<string>();
  const walk = (el: El, folders: string[]): void => {
    for (const c of Array.from(el.children)) {
      const tag = c.tagName.toLowerCase();
      if (tag !== 'outline' && tag !== 'body') continue;
      const title = c.getAttribute('title') ?? c.getAttribute('text');
      const raw = c.getAttribute('xmlUrl') ?? c.getAttribute('xmlurl');
      if (raw) {
        let url = raw.trim();
        try {
          url = new URL(url, baseUrl ?? undefined).toString();
        } catch {
          messages.push({ rule: 'ingest/bad-url', severity: 'warning', span: null, reason: `OPML outline "${title ?? ''}": "${raw}" is not a URL` });
          continue;
        }
        if (!seen.has(url)) {
          seen.add(url);
          feeds.push({ title, xmlUrl: url, htmlUrl: c.getAttribute('htmlUrl') ?? c.getAttribute('htmlurl'), folders });
        }
      }
      walk(c, tag === 'outline' && !raw && title ? [...folders, title] : folders);
    }
  };
  walk(root, []);
  return { feeds, messages };
}
