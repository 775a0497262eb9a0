import { get, type StoredReport } from '../api.ts';
import { h, link, mount, notice, safeHref } from '../dom.ts';
import { quadColor, stanceColor } from '../quad.ts';
import { segment, type Annotation } from '../segments.ts';
import { go, type Filters, type Route } from '../state.ts';

type Report = StoredReport['report'];
type Span = [number, number];

const spanRoute = (id: number, sp: Span) => `/article/${id}/${sp[0]}-${sp[1]}`;
const same = (a: Span, b: Span | null) => !!b && a[0] === b[0] && a[1] === b[1];

/** Everything to highlight: mentions, quotes, event evidence, position evidence, and the selection. */
function annotations(r: Report, selected: Span | null): Annotation[] {
  const out: Annotation[] = [];
  r.actors.forEach((a, i) => a.mentions.forEach(([start, end]) => out.push({ start, end, kind: 'mention', key: `actor-${i}` })));
  r.quotes.forEach((q, i) => out.push({ start: q.span[0], end: q.span[1], kind: 'quote', key: `quote-${i}` }));
  r.events.forEach((e, i) => out.push({ start: e.evidence[0], end: e.evidence[1], kind: 'evidence', key: `event-${i}` }));
  r.positions.forEach((p, i) => out.push({ start: p.evidence[0], end: p.evidence[1], kind: 'stance', key: `position-${i}` }));
  if (selected) out.push({ start: selected[0], end: selected[1], kind: 'selected', key: 'selected' });
  return out;
}

/** A tooltip naming what a run belongs to (set as an attribute: plain text, never markup). */
function describe(r: Report, a: Annotation): string {
  const i = Number(a.key.split('-')[1]);
  if (a.kind === 'mention') return `${r.actors[i]?.name} ${r.actors[i]?.code ?? ''}`.trim();
  if (a.kind === 'quote') return `quote: ${r.quotes[i]?.speaker?.name ?? 'unknown speaker'}`;
  if (a.kind === 'evidence') return `event: ${r.events[i]?.type}`;
  if (a.kind === 'stance') return `position: ${r.positions[i]?.stance} ${r.positions[i]?.issue}`;
  return '';
}

function textPanel(id: number, r: Report, selected: Span | null): HTMLElement {
  const body = h('div', { class: 'article-text', lang: 'en' });
  for (const seg of segment(r.text.length, annotations(r, selected))) {
    const piece = r.text.slice(seg.start, seg.end);
    if (seg.covers.length === 0) {
      body.append(document.createTextNode(piece));
      continue;
    }
    const kinds = [...new Set(seg.covers.map((a) => a.kind))];
    const el = h('span', {
      class: kinds.join(' '), 'data-keys': seg.covers.map((a) => a.key).join(' '),
      title: seg.covers.filter((a) => a.kind !== 'selected').map((a) => describe(r, a)).join('\n') || null,
    }, piece);
    const ev = seg.covers.find((a) => a.kind === 'evidence' || a.kind === 'quote' || a.kind === 'stance');
    if (ev) el.addEventListener('click', () => go(spanRoute(id, [ev.start, ev.end])));
    body.append(el);
  }
  return body;
}

function item(id: number, span: Span, selected: Span | null, ...children: Array<Node | string | null>): HTMLLIElement {
  return h('li', { class: same(span, selected) ? 'current' : null }, link(spanRoute(id, span), { class: 'span-link' }, ...children));
}

function sidebar(id: number, r: Report, selected: Span | null): HTMLElement {
  const who = (a: { name: string; code: string } | null) => (a ? `${a.name}${a.code ? ` (${a.code})` : ''}` : '—');
  const chip = (text: string, color: string) => {
    const c = h('span', { class: 'type-chip' }, text);
    c.style.borderColor = color;
    return c;
  };
  return h('aside', { class: 'article-side' },
    h('h3', {}, `Events (${r.events.length})`),
    h('ol', { class: 'items events-list' }, ...r.events.map((e) => item(id, e.evidence, selected,
      chip(e.type, quadColor((e as { quad?: string }).quad ?? null)), ` ${who(e.source)} → ${who(e.target)}`,
      h('small', {}, ` ${e.date ?? 'undated'}${e.location ? `, ${e.location.name}` : ''}${e.factuality !== 'asserted' ? `, ${e.factuality}` : ''}`)))),
    h('h3', {}, `Quotes (${r.quotes.length})`),
    h('ol', { class: 'items' }, ...r.quotes.map((q) => item(id, q.span, selected,
      h('b', {}, q.speaker?.name ?? 'unknown'), ` ${q.kind}: `, h('span', { class: 'quote-snippet' }, clip(r.text.slice(q.span[0], q.span[1]), 90))))),
    h('h3', {}, `Positions (${r.positions.length})`),
    h('ol', { class: 'items' }, ...r.positions.map((p) => {
      const c = chip(p.stance, stanceColor(p.stance));
      return item(id, p.evidence, selected, h('b', {}, p.actor.name), ' ', c, ` ${p.issue}`);
    })),
    h('h3', {}, `Actors (${r.actors.length})`),
    h('ul', { class: 'items actors' }, ...r.actors.map((a) => h('li', {}, h('span', { class: 'mention' }, a.name), ` ${a.code || ''} ×${a.mentions.length}`))),
    r.messages.length ? h('details', {}, h('summary', {}, `Messages (${r.messages.length})`),
      h('ul', { class: 'items' }, ...r.messages.map((m) => h('li', {}, `${m.severity} ${m.rule}: ${m.reason}`)))) : null);
}

export function clip(text: string, n: number): string {
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}

/** One article: its text with every item highlighted, and the coded items beside it. */
export async function renderArticle(root: HTMLElement, route: Route, _f: Filters, signal: AbortSignal): Promise<void> {
  if (route.view !== 'article') return;
  const data = await get<StoredReport>(`/api/articles/${route.id}`);
  if (signal.aborted) return;
  const { article: a, report: r } = data;
  const toggles = (['mention', 'quote', 'evidence', 'stance'] as const).map((kind) => {
    const box = h('input', { type: 'checkbox', checked: true, 'data-kind': kind });
    const label = h('label', { class: `toggle ${kind}` }, box, { mention: 'actor mentions', quote: 'quotes', evidence: 'event evidence', stance: 'positions' }[kind]);
    box.addEventListener('change', () => root.querySelector('.article-text')?.classList.toggle(`hide-${kind}`, !box.checked));
    return label;
  });
  mount(root,
    h('article', { class: 'panel wide article' },
      h('h2', {}, a.title ?? `Article ${a.id}`),
      h('p', { class: 'meta' }, [a.source, a.published, a.authors.join(', ')].filter(Boolean).join(' · '), ' ',
        a.url && safeHref(a.url) ? h('a', { href: a.url, rel: 'noopener noreferrer nofollow', target: '_blank', class: 'external' }, 'original') : null),
      h('div', { class: 'toggles' }, ...toggles),
      textPanel(a.id, r, route.span),
      r.text.length === 0 ? notice('This article has no text.') : null),
    sidebar(a.id, r, route.span));
  const first = root.querySelector('.article-text .selected');
  if (first) first.scrollIntoView({ block: 'center' });
  else if (route.span) root.prepend(notice('The linked span is outside this article’s text.', 'error'));
}
