import { h, link } from '../dom.ts';

/** Previous / next links for a paged list; the page number lives in the hash (`#/quotes/2`). */
export function pager(view: string, page: number, size: number, total: number): HTMLElement | null {
  const pages = Math.ceil(total / size);
  if (pages <= 1) return null;
  return h('nav', { class: 'pager', 'aria-label': 'pages' },
    page > 1 ? link(`/${view}/${page - 1}`, { rel: 'prev' }, '← previous') : h('span', {}, ''),
    h('span', {}, `page ${page} of ${pages} (${total})`),
    page < pages ? link(`/${view}/${page + 1}`, { rel: 'next' }, 'next →') : h('span', {}, ''));
}
