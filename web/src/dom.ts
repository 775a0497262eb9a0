/**
 * The only way the UI builds DOM: elements from a tag name, attributes set one by one, text through
 * text nodes. Article text, titles and names come from the web, so no string is ever parsed as
 * HTML, event-handler attributes are refused, and links may only point inside the app or to
 * http(s) URLs.
 */

export type Child = Node | string | number | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined>;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A link target that cannot run script: in-app (#…), same-origin absolute path, or http(s). */
export function safeHref(href: string): string | null {
  const h = href.trim();
  if (h.startsWith('#') || h.startsWith('?') || (h.startsWith('/') && !h.startsWith('//') && !h.startsWith('/\\'))) return h;
  try {
    const u = new URL(h);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function setAttrs(el: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (/^on/i.test(name)) throw new Error(`dom: event handler attribute "${name}" is not allowed; use addEventListener`);
    let v = value === true ? '' : String(value);
    if (name === 'href' || name === 'src' || name === 'xlink:href') {
      const safe = safeHref(v);
      if (!safe) continue;
      v = safe;
    }
    el.setAttribute(name, v);
  }
}

function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** An HTML element. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

/** An SVG element. */
export function s(tag: string, attrs: Attrs = {}, ...children: Child[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag) as SVGElement;
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

/** Replace an element's children. */
export function mount(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** A link to an in-app route that keeps the current filters (they live in the query string). */
export function link(route: string, attrs: Attrs, ...children: Child[]): HTMLAnchorElement {
  return h('a', { ...attrs, href: `${location.search}#${route}` }, ...children);
}

/** Show a message in place of a view's content. */
export function notice(text: string, kind: 'info' | 'error' = 'info'): HTMLElement {
  return h('p', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

/** Previous / next links for a paged list; the page number lives in the hash (`#/quotes/2`). */
export function pager(view: string, page: number, size: number, total: number): HTMLElement | null {
  const pages = Math.ceil(total / size);
  if (pages <= 1) return null;
  return h('nav', { class: 'pager', 'aria-label': 'pages' },
    page > 1 ? link(`/${view}/${page - 1}`, { rel: 'prev' }, '← previous') : h('span', {}, ''),
    h('span', {}, `page ${page} of ${pages} (${total})`),
    page < pages ? link(`/${view}/${page + 1}`, { rel: 'next' }, 'next →') : h('span', {}, ''));
}
