import { get, type Paged, type StoredEvent, type Summary } from '../api.ts';
import { h, link, mount, notice, pager, s } from '../dom.ts';
import { QUADS, UNKNOWN_QUAD, quadColor } from '../quad.ts';
import { setFilters, type Filters, type Route } from '../state.ts';

const PAGE = 50;
const DAY = 86_400_000;

function eventParams(f: Filters) {
  return { actor: f.actor, country: f.country, type: f.type, quad: f.quad, since: f.since, until: f.until, q: f.q };
}

/** Every day from the first to the last (when the range is short enough to draw one bar each). */
function dayAxis(days: Summary['days']): string[] {
  if (days.length === 0) return [];
  const first = Date.parse(days[0].day);
  const last = Date.parse(days[days.length - 1].day);
  const span = Math.round((last - first) / DAY) + 1;
  if (span > 400) return days.map((d) => d.day);
  return Array.from({ length: span }, (_, i) => new Date(first + i * DAY).toISOString().slice(0, 10));
}

/** Stacked bars per day, one colour per quad class; a click narrows the filters to that day. */
function timeline(summary: Summary): Element {
  const axis = dayAxis(summary.days);
  const byDay = new Map(summary.days.map((d) => [d.day, d]));
  const max = Math.max(1, ...summary.days.map((d) => d.total));
  const W = 900, H = 220, left = 36, bottom = 28, top = 10;
  const bw = (W - left - 10) / Math.max(axis.length, 1);
  const y = (n: number) => ((H - bottom - top) * n) / max;
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'timeline', role: 'img', 'aria-label': 'events per day by quad class' });
  for (const t of [0, Math.ceil(max / 2), max]) {
    const ty = H - bottom - y(t);
    svg.append(s('line', { x1: left, x2: W - 10, y1: ty, y2: ty, class: 'grid' }), s('text', { x: left - 6, y: ty + 4, class: 'tick', 'text-anchor': 'end' }, t));
  }
  axis.forEach((day, i) => {
    const x = left + i * bw;
    const row = byDay.get(day);
    const g = s('g', { class: 'bar', 'data-day': day, tabindex: row ? 0 : null });
    let acc = 0;
    for (const q of [...QUADS, UNKNOWN_QUAD]) {
      const n = row?.quads[q.key] ?? 0;
      if (!n) continue;
      g.append(s('rect', { x: x + 1, width: Math.max(bw - 2, 1), y: H - bottom - y(acc + n), height: y(n), fill: q.color }, s('title', {}, `${day}: ${n} ${q.label}`)));
      acc += n;
    }
    if (row) g.addEventListener('click', () => setFilters({ since: day, until: day }));
    svg.append(g);
    const every = Math.ceil(axis.length / 8);
    if (i % every === 0 || i === axis.length - 1) svg.append(s('text', { x: x + bw / 2, y: H - 8, class: 'tick', 'text-anchor': 'middle' }, day.slice(5)));
  });
  return svg;
}

function typeCounts(summary: Summary): Element {
  const max = Math.max(1, ...summary.types.map((t) => t.count));
  return h('ol', { class: 'types' }, ...summary.types.map((t) => {
    const bar = h('span', { class: 'count-bar', 'data-quad': t.quad ?? 'unknown' });
    bar.style.width = `${(100 * t.count) / max}%`;
    bar.style.background = quadColor(t.quad);
    const b = h('button', { type: 'button', class: 'type-row', title: `show only ${t.type}` }, h('span', { class: 'type-name' }, t.type), h('span', { class: 'bar-track' }, bar), h('span', { class: 'n' }, t.count));
    b.addEventListener('click', () => setFilters({ type: t.type }));
    return h('li', {}, b);
  }));
}

/** One event as a table row; its evidence links to the article with the span highlighted. */
export function eventRow(e: StoredEvent): HTMLTableRowElement {
  const who = (a: { name: string; code: string } | null) => (a ? h('span', { class: 'actor', title: a.code || 'no code' }, a.name, a.code ? h('small', {}, ` ${a.code}`) : null) : h('span', { class: 'none' }, '—'));
  const chip = h('span', { class: 'type-chip' }, e.type);
  chip.style.borderColor = quadColor(e.quad);
  return h('tr', { 'data-event': e.id },
    h('td', { class: 'date' }, e.date ?? e.article.published ?? '?'),
    h('td', {}, chip, e.factuality !== 'asserted' ? h('small', { class: 'fact' }, ` ${e.factuality}`) : null),
    h('td', {}, who(e.source), ' → ', who(e.target)),
    h('td', { class: 'evidence' }, link(`/article/${e.article.id}/${e.evidence[0]}-${e.evidence[1]}`, { class: 'event-link' }, e.evidenceText)),
    h('td', { class: 'src' }, link(`/article/${e.article.id}`, {}, e.article.title ?? `article ${e.article.id}`), h('small', {}, ` ${e.article.source ?? ''}`)));
}

export function eventTable(items: StoredEvent[]): HTMLTableElement {
  return h('table', { class: 'events' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Date'), h('th', {}, 'Type'), h('th', {}, 'Source → target'), h('th', {}, 'Evidence'), h('th', {}, 'Article'))),
    h('tbody', {}, ...items.map(eventRow)));
}

/** The dashboard: timeline by day and quad class, counts per type, the matching events. */
export async function renderDashboard(root: HTMLElement, route: Route, f: Filters, signal: AbortSignal): Promise<void> {
  const page = route.view === 'article' ? 1 : route.page;
  const [summary, events] = await Promise.all([
    get<Summary>('/api/events/summary', eventParams(f)),
    get<Paged<StoredEvent>>('/api/events', { ...eventParams(f), limit: PAGE, offset: (page - 1) * PAGE }),
  ]);
  if (signal.aborted) return;
  const legend = h('ul', { class: 'legend' }, ...[...QUADS, UNKNOWN_QUAD].filter((q) => summary.quads[q.key]).map((q) => {
    const sw = h('span', { class: 'swatch' });
    sw.style.background = q.color;
    return h('li', {}, sw, `${q.label} (${summary.quads[q.key]})`);
  }));
  mount(root,
    h('section', { class: 'panel wide' },
      h('h2', {}, 'Events by day ', h('small', {}, `${summary.total} events${summary.undated ? `, ${summary.undated} without a day (month or year only, or undated)` : ''}`)),
      summary.days.length ? timeline(summary) : notice('No dated events match these filters.'), legend),
    h('section', { class: 'panel side' }, h('h2', {}, 'Events per type'), summary.types.length ? typeCounts(summary) : notice('No events.')),
    h('section', { class: 'panel wide' }, h('h2', {}, 'Events'),
      events.items.length ? eventTable(events.items) : notice('No events match these filters.'),
      pager('dashboard', page, PAGE, events.total)));
}
