import { get, type Paged, type Speaker, type StoredQuote } from '../api.ts';
import { h, link, mount, notice, pager } from '../dom.ts';
import { setFilters, type Filters, type Route } from '../state.ts';

const PAGE = 50;

function speakerList(items: Speaker[], current: string | undefined): HTMLElement {
  const all = h('button', { type: 'button', class: current ? 'speaker' : 'speaker current' }, 'All speakers');
  all.addEventListener('click', () => setFilters({ speaker: '' }));
  return h('ol', { class: 'speakers' }, h('li', {}, all), ...items.map((s) => {
    const b = h('button', {
      type: 'button', class: current && current.toLowerCase() === s.name.toLowerCase() ? 'speaker current' : 'speaker', 'data-speaker': s.name,
    }, h('span', {}, s.name), s.code ? h('small', {}, ` ${s.code}`) : null, h('span', { class: 'n' }, s.quotes));
    b.addEventListener('click', () => setFilters({ speaker: s.name }));
    return h('li', {}, b);
  }));
}

/** " with Poland (POL)" for a quote spoken jointly ("Poland and Ukraine said"), else "". */
function coSpeakers(q: StoredQuote): string {
  const also = q.also ?? [];
  return also.length ? ` with ${also.map((a) => (a.code ? `${a.name} (${a.code})` : a.name)).join(', ')}` : '';
}

function quoteCard(q: StoredQuote): HTMLElement {
  return h('li', { class: `quote-card ${q.kind}`, 'data-quote': q.id },
    h('blockquote', {}, q.quoteText),
    h('p', { class: 'by' }, '— ', h('b', {}, q.speaker?.name ?? 'unknown speaker'), q.speaker?.code ? ` (${q.speaker.code})` : '', coSpeakers(q), ` · ${q.kind} · `,
      link(`/article/${q.article.id}/${q.span[0]}-${q.span[1]}`, { class: 'quote-link' }, `${q.article.title ?? `article ${q.article.id}`}`),
      ` ${q.article.source ?? ''} ${q.article.published ?? ''}`));
}

/** The quote explorer: speakers with their counts, the selected speaker's quotes, search by words. */
export async function renderQuotes(root: HTMLElement, route: Route, f: Filters, signal: AbortSignal): Promise<void> {
  const page = route.view === 'article' ? 1 : route.page;
  const dates = { since: f.since, until: f.until };
  const [speakers, quotes] = await Promise.all([
    get<{ items: Speaker[]; total: number }>('/api/speakers', { q: f.q, ...dates }),
    get<Paged<StoredQuote>>('/api/quotes', { speaker: f.speaker, q: f.q, ...dates, limit: PAGE, offset: (page - 1) * PAGE }),
  ]);
  if (signal.aborted) return;
  const search = h('input', { type: 'search', name: 'quote-search', placeholder: 'search the quotes', value: f.q ?? '', 'aria-label': 'search the quotes' });
  search.addEventListener('change', () => setFilters({ q: search.value }));
  mount(root,
    h('section', { class: 'panel side' }, h('h2', {}, `Speakers (${speakers.total})`), speakerList(speakers.items, f.speaker)),
    h('section', { class: 'panel wide' },
      h('h2', {}, f.speaker ? `Quotes by ${f.speaker}` : 'All quotes', h('small', {}, ` ${quotes.total}`)),
      search,
      quotes.items.length ? h('ol', { class: 'quotes' }, ...quotes.items.map(quoteCard)) : notice('No quotes match.'),
      pager('quotes', page, PAGE, quotes.total)));
}
