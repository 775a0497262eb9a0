import { h, mount } from './dom.ts';
import { PLOVER_TYPES, QUADS } from './quad.ts';
import { readFilters, setFilters, type FilterKey, type Route } from './state.ts';

/** Which filters each view applies; the others stay in the URL but are dimmed. */
const APPLIES: Record<Route['view'], FilterKey[]> = {
  dashboard: ['actor', 'country', 'type', 'quad', 'since', 'until', 'q'],
  network: ['actor', 'country', 'type', 'quad', 'since', 'until', 'q'],
  quotes: ['since', 'until', 'q'],
  positions: ['actor', 'since', 'until'],
  articles: ['since', 'until', 'q'],
  article: [],
};

const FIELDS: Array<{ key: FilterKey; label: string; input: () => HTMLInputElement | HTMLSelectElement }> = [
  { key: 'actor', label: 'Actor', input: () => h('input', { type: 'search', placeholder: 'code or name', size: 12 }) },
  { key: 'country', label: 'Country', input: () => h('input', { type: 'search', placeholder: 'RUS', size: 4, maxlength: 3, pattern: '[A-Za-z]{3}' }) },
  {
    key: 'type', label: 'Type',
    input: () => h('select', {}, h('option', { value: '' }, 'any'), ...PLOVER_TYPES.map((t) => h('option', { value: t }, t))),
  },
  {
    key: 'quad', label: 'Quad',
    input: () => h('select', {}, h('option', { value: '' }, 'any'), ...QUADS.map((q) => h('option', { value: q.key }, q.label))),
  },
  { key: 'since', label: 'Since', input: () => h('input', { type: 'date' }) },
  { key: 'until', label: 'Until', input: () => h('input', { type: 'date' }) },
  { key: 'q', label: 'Search', input: () => h('input', { type: 'search', placeholder: 'words', size: 14 }) },
];

/** Draw the shared filter bar into `form`; edits go to the URL, which re-renders the view. */
export function renderFilters(form: HTMLFormElement, route: Route): void {
  const current = readFilters();
  const applies = new Set(APPLIES[route.view]);
  const controls = new Map<FilterKey, HTMLInputElement | HTMLSelectElement>();
  const fields = FIELDS.map((f) => {
    const input = f.input();
    input.name = f.key;
    input.id = `f-${f.key}`;
    input.value = current[f.key] ?? '';
    controls.set(f.key, input);
    input.addEventListener('change', () => setFilters({ [f.key]: input.value }));
    return h('label', { class: applies.has(f.key) ? 'field' : 'field inactive', for: `f-${f.key}`, title: applies.has(f.key) ? null : 'not used by this view' }, f.label, input);
  });
  const extra = (['speaker', 'issue'] as const).filter((k) => current[k]).map((k) => {
    const chip = h('button', { type: 'button', class: 'chip', title: `remove the ${k} filter` }, `${k}: ${current[k]} ×`);
    chip.addEventListener('click', () => setFilters({ [k]: '' }));
    return chip;
  });
  const clear = h('button', { type: 'button', class: 'clear' }, 'Clear filters');
  clear.addEventListener('click', () => setFilters(Object.fromEntries([...controls.keys(), 'speaker', 'issue'].map((k) => [k, '']))));
  form.onsubmit = (e) => {
    e.preventDefault();
    setFilters(Object.fromEntries([...controls].map(([k, c]) => [k, c.value])));
  };
  mount(form, ...fields, ...extra, h('button', { type: 'submit', class: 'apply' }, 'Apply'), clear);
}
