import cytoscape from 'cytoscape';
import { get, type Network, type Paged, type StoredEvent } from '../api.ts';
import { h, mount, notice } from '../dom.ts';
import { quadColor } from '../quad.ts';
import { setFilters, type Filters, type Route } from '../state.ts';
import { eventTable } from './dashboard.ts';

/**
 * Cytoscape adds an inline <style> to <head> unless an element with this id exists; the page's CSP
 * forbids inline styles, so claim the id first (style.css already makes the container relative).
 */
function claimCytoscapeStylesheet(): void {
  const id = '__________cytoscape_stylesheet';
  if (!document.getElementById(id)) document.head.append(h('meta', { id, name: 'cytoscape-style', content: 'in style.css' }));
}

let cy: cytoscape.Core | null = null;

/** Actors as nodes, events per source, target and type as edges; a click filters by that actor or edge. */
export async function renderNetwork(root: HTMLElement, _route: Route, f: Filters, signal: AbortSignal): Promise<void> {
  const params = { actor: f.actor, country: f.country, type: f.type, quad: f.quad, since: f.since, until: f.until, q: f.q };
  const [net, events] = await Promise.all([
    get<Network>('/api/network', params),
    get<Paged<StoredEvent>>('/api/events', { ...params, limit: 20 }),
  ]);
  if (signal.aborted) return;
  cy?.destroy();
  cy = null;
  const box = h('div', { class: 'network', id: 'network', role: 'img', 'aria-label': `actor network: ${net.nodes.length} actors, ${net.edges.length} links` });
  // The canvas cannot be reached by keyboard or screen reader: the same actors as a list of buttons.
  const list = h('ol', { class: 'node-list' }, ...[...net.nodes].sort((a, b) => b.events - a.events).map((n) => {
    const b = h('button', { type: 'button', class: 'node', 'data-node': n.id }, n.name, n.code ? h('small', {}, ` ${n.code}`) : null, h('span', { class: 'n' }, n.events));
    b.addEventListener('click', () => setFilters({ actor: n.code || n.name }));
    return h('li', {}, b);
  }));
  mount(root,
    h('section', { class: 'panel wide' },
      h('h2', {}, 'Actor network ', h('small', {}, `${net.nodes.length} actors, ${net.edges.length} links, ${net.total} events — click an actor or a link to filter`)),
      net.nodes.length ? box : notice('No events with actors match these filters.')),
    h('section', { class: 'panel side' }, h('h2', {}, 'Actors'), list),
    h('section', { class: 'panel wide' }, h('h2', {}, 'Events ', h('small', {}, `first ${events.items.length} of ${events.total}`)), eventTable(events.items)));
  if (!net.nodes.length) return;
  claimCytoscapeStylesheet();
  const maxCount = Math.max(1, ...net.edges.map((e) => e.count));
  cy = cytoscape({
    container: box,
    // Labels are drawn on the canvas: names from articles never become DOM or markup here.
    elements: [
      ...net.nodes.map((n) => ({ data: { id: n.id, label: n.code ? `${n.name}\n${n.code}` : n.name, code: n.code, name: n.name, weight: n.events } })),
      ...net.edges.map((e, i) => ({
        data: { id: `e${i}`, source: e.source, target: e.target, label: e.count > 1 ? `${e.type} ×${e.count}` : e.type, type: e.type, color: quadColor(e.quad), width: 1 + (5 * e.count) / maxCount },
      })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', 'text-wrap': 'wrap', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4, 'background-color': '#34495e', width: 'mapData(weight, 1, 20, 18, 48)', height: 'mapData(weight, 1, 20, 18, 48)', color: '#1b2631' } },
      { selector: 'edge', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', width: 'data(width)', label: 'data(label)', 'font-size': 9, 'text-rotation': 'autorotate', color: '#555', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
      { selector: ':selected', style: { 'overlay-color': '#f1c40f', 'overlay-opacity': 0.3 } },
    ],
    layout: { name: net.nodes.length > 1 ? 'cose' : 'grid', animate: false, padding: 30 } as cytoscape.LayoutOptions,
    // A handful of nodes would otherwise be zoomed until the labels are huge.
    maxZoom: 1.4,
  });
  cy.on('tap', 'node', (evt) => setFilters({ actor: evt.target.data('code') || evt.target.data('name') }));
  cy.on('tap', 'edge', (evt) => {
    const src = evt.target.source();
    setFilters({ actor: src.data('code') || src.data('name'), type: evt.target.data('type') });
  });
}
