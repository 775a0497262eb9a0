import { get, type Timeline } from '../api.ts';
import { h, link, mount, notice, s } from '../dom.ts';
import { stanceColor } from '../quad.ts';
import { setFilters, type Filters, type Route } from '../state.ts';

const DAY = 86_400_000;
const dayOf = (o: Timeline['observations'][number]) => o.date ?? o.article.published ?? null;

/** The date axis above the lanes, drawn with the same scale as the marks. */
function axisRow(min: number, max: number, x: (d: string | null) => number, W: number): HTMLElement {
  const first = new Date(min).toISOString().slice(0, 10);
  const last = new Date(max).toISOString().slice(0, 10);
  const svg = s('svg', { viewBox: `0 0 ${W} 18`, class: 'lane axis', 'aria-hidden': 'true' },
    s('text', { x: x(first), y: 13, 'text-anchor': first === last ? 'middle' : 'start', class: 'tick' }, first));
  if (last !== first) svg.append(s('text', { x: x(last), y: 13, 'text-anchor': 'end', class: 'tick' }, last));
  return h('div', { class: 'pos-lane' }, h('span', {}), svg, h('span', {}));
}

/** One row per actor, one lane per issue, a mark per observation; shifts are ringed and listed. */
export async function renderPositions(root: HTMLElement, _route: Route, f: Filters, signal: AbortSignal): Promise<void> {
  const data = await get<{ items: Timeline[]; total: number; positions: number }>('/api/positions/timelines', { actor: f.actor, issue: f.issue, since: f.since, until: f.until });
  if (signal.aborted) return;
  if (!data.items.length) {
    mount(root, h('section', { class: 'panel wide' }, h('h2', {}, 'Positions'), notice('No positions match these filters.')));
    return;
  }
  const days = data.items.flatMap((t) => t.observations.map(dayOf)).filter((d): d is string => !!d).map((d) => Date.parse(d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d));
  const min = Math.min(...days), max = Math.max(...days);
  const W = 640, pad = 12;
  const x = (d: string | null) => {
    if (!d) return pad;
    const t = Date.parse(d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d);
    return max === min ? W / 2 : pad + ((W - 2 * pad) * (t - min)) / (max - min);
  };
  const actors = new Map<string, Timeline[]>();
  for (const t of data.items) {
    const key = t.actor.code || t.actor.name;
    actors.set(key, [...(actors.get(key) ?? []), t]);
  }
  const shiftIds = new Set(data.items.flatMap((t) => t.shifts.map((sh) => sh.after)));
  const rows = [...actors.values()].map((lanes) => h('div', { class: 'pos-actor' },
    h('h3', {}, lanes[0].actor.name, h('small', {}, ` ${lanes[0].actor.code}`)),
    ...lanes.map((t) => {
      const svg = s('svg', { viewBox: `0 0 ${W} 28`, class: 'lane', 'aria-label': `${t.actor.name} on ${t.issue}` }, s('line', { x1: pad, x2: W - pad, y1: 14, y2: 14, class: 'lane-axis' }));
      for (const o of t.observations) {
        const shifted = shiftIds.has(o.id);
        const a = s('a', { href: `${location.search}#/article/${o.article.id}/${o.evidence[0]}-${o.evidence[1]}`, class: shifted ? 'mark shift' : 'mark', 'data-position': o.id },
          s('title', {}, `${dayOf(o) ?? 'undated'}: ${o.stance} — ${o.evidenceText}`),
          shifted ? s('circle', { cx: x(dayOf(o)), cy: 14, r: 10, class: 'shift-ring' }) : null,
          s('circle', { cx: x(dayOf(o)), cy: 14, r: 6, fill: stanceColor(o.stance) }));
        svg.append(a);
      }
      const issue = h('button', { type: 'button', class: 'issue', title: `only ${t.issue}` }, t.issue);
      issue.addEventListener('click', () => setFilters({ issue: t.issue }));
      return h('div', { class: 'pos-lane' }, issue, svg, h('span', { class: 'current' }, t.current ?? ''));
    })));
  const shifts = data.items.flatMap((t) => t.shifts.map((sh) => ({ t, sh })));
  const byId = new Map(data.items.flatMap((t) => t.observations.map((o) => [o.id, o] as const)));
  mount(root,
    h('section', { class: 'panel wide positions' },
      h('h2', {}, 'Positions ', h('small', {}, `${actors.size} actors, ${data.items.length} actor–issue lanes, ${data.positions} observations`)),
      axisRow(min, max, x, W),
      ...rows),
    h('section', { class: 'panel side' }, h('h2', {}, `Shifts (${shifts.length})`),
      shifts.length ? h('ol', { class: 'items shifts' }, ...shifts.map(({ t, sh }) => {
        const o = byId.get(sh.after);
        return h('li', {}, link(o ? `/article/${o.article.id}/${sh.evidence[0]}-${sh.evidence[1]}` : '/positions', { class: 'span-link' },
          h('b', {}, t.actor.name), ` ${t.issue}: ${sh.from} → ${sh.to} `, h('small', {}, `${sh.kind}, ${sh.date ?? 'undated'}`)));
      })) : notice('No shifts.')));
}
