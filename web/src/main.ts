import { ApiError } from './api.ts';
import { link, mount, notice } from './dom.ts';
import { renderFilters } from './filters.ts';
import { onChange, readFilters, readRoute, type Filters, type Route } from './state.ts';
import { renderArticle } from './views/article.ts';
import { renderArticles } from './views/articles.ts';
import { renderDashboard } from './views/dashboard.ts';
import { renderNetwork } from './views/network.ts';
import { renderPositions } from './views/positions.ts';
import { renderQuotes } from './views/quotes.ts';

/** A view draws itself into `root` from the route and the filters; `signal` aborts when the user moves on. */
export type View = (root: HTMLElement, route: Route, filters: Filters, signal: AbortSignal) => Promise<void>;

const VIEWS: Record<Route['view'], View> = {
  dashboard: renderDashboard,
  network: renderNetwork,
  quotes: renderQuotes,
  positions: renderPositions,
  articles: renderArticles,
  article: renderArticle,
};

const TABS: Array<[Route['view'], string]> = [
  ['dashboard', 'Dashboard'], ['network', 'Actor network'], ['quotes', 'Quotes'], ['positions', 'Positions'], ['articles', 'Articles'],
];

const nav = document.getElementById('nav')!;
const form = document.getElementById('filters') as HTMLFormElement;
const root = document.getElementById('view')!;
let current: AbortController | null = null;

async function render(): Promise<void> {
  current?.abort();
  const ctl = new AbortController();
  current = ctl;
  const route = readRoute();
  const filters = readFilters();
  mount(nav, ...TABS.map(([view, label]) =>
    link(`/${view}`, { class: 'tab', 'aria-current': route.view === view || (route.view === 'article' && view === 'articles') ? 'page' : null }, label)));
  renderFilters(form, route);
  root.setAttribute('aria-busy', 'true');
  delete document.body.dataset.ready;
  try {
    await VIEWS[route.view](root, route, filters, ctl.signal);
  } catch (err) {
    if (ctl.signal.aborted) return;
    const msg = err instanceof ApiError && err.parameter ? `Filter “${err.parameter}”: ${err.message}` : (err as Error).message;
    mount(root, notice(msg, 'error'));
  } finally {
    if (!ctl.signal.aborted) {
      root.setAttribute('aria-busy', 'false');
      document.body.dataset.ready = route.view;
    }
  }
}

onChange(() => void render());
void render();

