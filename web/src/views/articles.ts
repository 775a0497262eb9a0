import { get, type Paged, type StoredArticle } from '../api.ts';
import { h, link, mount, notice, pager } from '../dom.ts';
import type { Filters, Route } from '../state.ts';

const PAGE = 50;

/** The stored articles, newest first, with search and paging. */
export async function renderArticles(root: HTMLElement, route: Route, f: Filters, signal: AbortSignal): Promise<void> {
  const page = route.view === 'article' ? 1 : route.page;
  const list = await get<Paged<StoredArticle>>('/api/articles', { q: f.q, since: f.since, until: f.until, limit: PAGE, offset: (page - 1) * PAGE });
  if (signal.aborted) return;
  const rows = list.items.map((a) => h('tr', { 'data-article': a.id },
    h('td', { class: 'date' }, a.published ?? '?'),
    h('td', {}, link(`/article/${a.id}`, { class: 'article-link' }, a.title ?? `article ${a.id}`)),
    h('td', {}, a.source ?? ''),
    h('td', { class: 'n' }, a.counts.events), h('td', { class: 'n' }, a.counts.quotes), h('td', { class: 'n' }, a.counts.positions),
    h('td', { class: 'n' }, a.storySize > 1 ? `${a.storySize} versions` : '')));
  mount(root, h('section', { class: 'panel wide' },
    h('h2', {}, 'Articles ', h('small', {}, String(list.total))),
    rows.length
      ? h('table', { class: 'articles' },
        h('thead', {}, h('tr', {}, ...['Published', 'Title', 'Source', 'Events', 'Quotes', 'Positions', 'Story'].map((t) => h('th', {}, t)))),
        h('tbody', {}, ...rows))
      : notice('No articles match.'),
    pager('articles', page, PAGE, list.total)));
}
