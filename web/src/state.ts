/**
 * Filters live in the query string (`?country=RUS&since=2025-05-01`) and the view in the hash
 * (`#/article/12/340-398`), so every screen is a link that can be shared or reloaded, and switching
 * views keeps the filters.
 */

export const FILTER_KEYS = ['actor', 'country', 'type', 'quad', 'since', 'until', 'q', 'speaker', 'issue'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export type Route =
  | { view: 'dashboard' | 'network' | 'quotes' | 'positions' | 'articles'; page: number }
  | { view: 'article'; id: number; span: [number, number] | null };

/** The filters in the current URL. */
export function readFilters(search = location.search): Filters {
  const p = new URLSearchParams(search);
  const out: Filters = {};
  for (const k of FILTER_KEYS) {
    const v = p.get(k)?.trim();
    if (v) out[k] = v;
  }
  return out;
}

/** The view named by the hash; unknown hashes fall back to the dashboard. */
export function readRoute(hash = location.hash): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [view, a, b] = parts;
  if (view === 'article' && a && /^\d+$/.test(a)) {
    const m = b ? /^(\d+)-(\d+)$/.exec(b) : null;
    return { view: 'article', id: Number(a), span: m ? [Number(m[1]), Number(m[2])] : null };
  }
  const page = a && /^\d+$/.test(a) ? Number(a) : 1;
  if (view === 'network' || view === 'quotes' || view === 'positions' || view === 'articles') return { view, page };
  return { view: 'dashboard', page };
}

type Listener = () => void;
const listeners: Listener[] = [];

/** Call `fn` whenever the filters or the view change. */
export function onChange(fn: Listener): void {
  listeners.push(fn);
}

function notify(): void {
  for (const fn of listeners) fn();
}

window.addEventListener('hashchange', notify);
window.addEventListener('popstate', notify);

/** Set some filters (empty values remove them) and re-render; a new history entry per change. */
export function setFilters(patch: Filters, replace = false): void {
  const p = new URLSearchParams(location.search);
  for (const [k, v] of Object.entries(patch)) {
    if (v && v.trim()) p.set(k, v.trim());
    else p.delete(k);
  }
  const search = p.toString();
  const url = `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
  if (url === `${location.pathname}${location.search}${location.hash}`) return;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  notify();
}

/** Go to a view, keeping the filters. */
export function go(route: string): void {
  location.hash = route;
}

/** Query string for an API call: the given filters, minus empty ones. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}
