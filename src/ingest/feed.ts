import { XMLValidator } from 'fast-xml-parser';
import { DOMParser } from 'linkedom';
import { SitrepError } from '../core/errors.ts';
import type { Message } from '../core/types.ts';
import { decodeEntities } from './cleanup.ts';

/** One feed entry before extraction: `html` is the richest content the entry carries. */
export interface FeedItem {
  title: string | null;
  link: string | null;
  guid: string | null;
  published: string | null;
  authors: string[];
  /** `content:encoded`, Atom `content`, else `description` / `summary` (HTML or plain text). */
  html: string;
}

export interface Feed {
  format: 'rss' | 'rdf' | 'atom';
  title: string | null;
  link: string | null;
  items: FeedItem[];
  messages: Message[];
}

interface El {
  localName: string;
  tagName: string;
  textContent: string | null;
  innerHTML: string;
  children: ArrayLike<El>;
  getAttribute(name: string): string | null;
}

const kids = (el: El): El[] => Array.from(el.children);
/** Tag name with its prefix, lower-cased (`content:encoded`, `dc:date`, `pubdate`). */
const nameOf = (el: El): string => el.tagName.toLowerCase();
const child = (el: El, ...names: string[]): El | null => {
  for (const n of names) {
    const c = kids(el).find((k) => nameOf(k) === n);
    if (c) return c;
  }
  return null;
};
const text = (el: El | null): string | null => {
  const t = el?.textContent?.trim();
  // Titles of type="html" arrive unescaped once: drop their tags, then decode what is left.
  return t ? decodeEntities(t.replace(/<[^>]{0,200}>/g, '')).replace(/\s+/g, ' ').trim() || null : null;
};

function absolute(link: string | null, base: string | null): string | null {
  if (!link) return null;
  try {
    return new URL(link.trim(), base ?? undefined).toString();
  } catch {
    return link.trim();
  }
}

function rssItem(it: El, base: string | null): FeedItem {
  const rich = child(it, 'content:encoded') ?? child(it, 'description');
  const guid = text(child(it, 'guid'));
  const guidIsLink = child(it, 'guid')?.getAttribute('isPermaLink') !== 'false' && /^https?:\/\//.test(guid ?? '');
  const authors = kids(it).filter((k) => ['author', 'dc:creator'].includes(nameOf(k))).map((k) => text(k)).filter((s): s is string => !!s);
  return {
    title: text(child(it, 'title')),
    link: absolute(text(child(it, 'link')) ?? (guidIsLink ? guid : null), base),
    guid,
    published: text(child(it, 'pubdate', 'dc:date', 'date')),
    authors,
    html: rich?.textContent ?? '',
  };
}

function atomEntry(e: El, base: string | null): FeedItem {
  const links = kids(e).filter((k) => nameOf(k) === 'link');
  const alt = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  const content = child(e, 'content') ?? child(e, 'summary');
  const html = !content ? '' : content.getAttribute('type') === 'xhtml' ? content.innerHTML : (content.textContent ?? '');
  return {
    title: text(child(e, 'title')),
    link: absolute(alt?.getAttribute('href') ?? null, base),
    guid: text(child(e, 'id')),
    published: text(child(e, 'published', 'updated', 'issued', 'modified')),
    authors: kids(e).filter((k) => nameOf(k) === 'author').map((a) => text(child(a, 'name')) ?? text(a)).filter((s): s is string => !!s),
    html: content?.getAttribute('type') === 'text' ? escapeText(html) : html,
  };
}

/** Atom `type="text"` content is plain text: escape it so HTML cleanup keeps it verbatim. */
const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n\s*\n/g, '<br><br>');

/** Is this XML a feed (RSS 0.9x/2.0, RSS 1.0/RDF, Atom)? Looks at the root element only. */
export function looksLikeFeed(xml: string): boolean {
  return /<(?:rss|rdf:RDF|feed)[\s>]/i.test(xml.slice(0, 4096));
}

/**
 * Parse a feed leniently: RSS 0.9x and 2.0 (`rss/channel/item`), RSS 1.0 (`rdf:RDF/item`) and
 * Atom (`feed/entry`). Badly formed XML is still read as far as it goes, with a warning naming the
 * first error; a document with no feed root is refused (E010).
 */
export function parseFeed(xml: string, baseUrl: string | null = null): Feed {
  const messages: Message[] = [];
  const check = XMLValidator.validate(xml, { allowBooleanAttributes: true });
  if (check !== true) {
    messages.push({ rule: 'ingest/malformed-xml', severity: 'warning', span: null,
      reason: `feed is not well-formed XML (line ${check.err.line}: ${check.err.msg}); read leniently` });
  }
  const doc = new DOMParser().parseFromString(xml.replace(/^\s*<\?xml[^>]*\?>/, ''), 'text/xml');
  const root = doc.documentElement as unknown as El | null;
  const rootName = root ? nameOf(root) : '';
  if (rootName === 'rss') {
    const channel = child(root!, 'channel');
    if (!channel) throw new SitrepError('E010', 'RSS feed without a <channel>');
    const link = text(child(channel, 'link'));
    const items = kids(channel).filter((k) => nameOf(k) === 'item').map((it) => rssItem(it, link ?? baseUrl));
    return { format: 'rss', title: text(child(channel, 'title')), link, items, messages };
  }
  if (rootName === 'rdf:rdf') {
    const channel = child(root!, 'channel');
    const link = channel ? text(child(channel, 'link')) : null;
    const items = kids(root!).filter((k) => nameOf(k) === 'item').map((it) => rssItem(it, link ?? baseUrl));
    return { format: 'rdf', title: channel ? text(child(channel, 'title')) : null, link, items, messages };
  }
  if (rootName === 'feed') {
    const self = kids(root!).find((k) => nameOf(k) === 'link' && (k.getAttribute('rel') ?? 'alternate') === 'alternate');
    const link = self?.getAttribute('href') ?? null;
    const items = kids(root!).filter((k) => nameOf(k) === 'entry').map((e) => atomEntry(e, link ?? baseUrl));
    return { format: 'atom', title: text(child(root!, 'title')), link, items, messages };
  }
  throw new SitrepError('E010', `not a feed (root element <${rootName || '?'}>)`);
}
