// GET /explore: search a person, country, organization, agreement or meeting; see its neighbourhood as a graph;
// click a node to expand it and read its details with the article sentences behind it; filter by relationship
// type and date. The state (node, expansions, selection, filters) lives in the URL.
import {
  DEFAULT_RELATIONSHIP_TYPES,
  DETAILS_QUERY,
  NEIGHBOURHOOD_QUERY,
  RELATIONSHIP_TYPES,
  SEARCH_QUERY,
  type RelationshipType,
} from '../panel-queries.ts';
import { createPanelFrame, el } from '../panel-frame.ts';
import { runQuery } from '../graphql-client.ts';
import { exploreSearch, isCalendarDate, parseExploreState, type ExploreState } from '../url-state.ts';
import { createGraphView, EDGE_COLOURS, NODE_COLOURS, type GraphEdge, type GraphNode } from './graph-view.ts';

interface Neighbourhood {
  center: GraphNode;
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}
interface Details {
  node: GraphNode;
  properties: { key: string; value: string }[];
  evidence: {
    sentence: string | null;
    articleId: string;
    title: string | null;
    url: string | null;
    publishedAt: string | null;
  }[];
}
interface Hit {
  kind: string;
  id: string;
  label: string;
  detail: string | null;
  date: string | null;
}

/** Neighbours per expansion: enough for a country's officials and recent statements, fast to draw. */
export const MAX_NODES = 300;

const app = document.getElementById('app')!;
const searchInput = el('input', {
  type: 'search',
  name: 'q',
  placeholder: 'Search a person, country, treaty…',
  'aria-label': 'Search',
});
const searchForm = el(
  'form',
  { class: 'search', role: 'search' },
  searchInput,
  el('button', { type: 'submit' }, 'Search'),
);
const hitList = el('ul', { class: 'hits' });
const typeBoxes = RELATIONSHIP_TYPES.map((type) =>
  el('input', { type: 'checkbox', name: 'type', value: type, 'aria-label': type }),
);
const fromInput = el('input', { type: 'date', name: 'from', 'aria-label': 'From' });
const toInput = el('input', { type: 'date', name: 'to', 'aria-label': 'To' });
const filterForm = el(
  'form',
  { class: 'filters' },
  el(
    'fieldset',
    {},
    el('legend', {}, 'Relationships'),
    ...typeBoxes.map((box) =>
      el('label', { class: 'type' }, box, el('span', { class: 'swatch', 'data-type': box.value }), box.value),
    ),
  ),
  el('fieldset', {}, el('legend', {}, 'Dated between'), fromInput, toInput),
  el('button', { type: 'submit' }, 'Apply filters'),
);
const legend = el(
  'ul',
  { class: 'legend' },
  ...Object.keys(NODE_COLOURS).map((kind) =>
    el('li', {}, el('span', { class: 'dot', 'data-kind': kind }), kind),
  ),
);
app.append(
  el(
    'header',
    { class: 'page-header' },
    el('h1', {}, 'diplograph'),
    el(
      'nav',
      {},
      el('a', { href: '/dashboard' }, 'Dashboard'),
      el('a', { href: '/explore', 'aria-current': 'page' }, 'Explore'),
      el('a', { href: '/graphql' }, 'GraphQL'),
    ),
    searchForm,
  ),
);
const side = el('aside', { class: 'side' }, hitList, filterForm, legend);
const center = el('main', { class: 'explore-main' });
const detailsSide = el('aside', { class: 'details' });
app.append(el('div', { class: 'explore' }, side, center, detailsSide));
const graphFrame = createPanelFrame(
  center,
  'graph',
  'Neighbourhood',
  'Click a node to expand it and read its evidence.',
);
const graphBox = el('div', { class: 'graph' });
graphFrame.body.append(graphBox);
const detailsFrame = createPanelFrame(
  detailsSide,
  'details',
  'Details',
  'Properties and the sentences that mention it.',
);
detailsFrame.message('Select a node to see its evidence.');
// Colour swatches are set from script: the page's CSP allows no inline style attributes.
for (const swatch of filterForm.querySelectorAll<HTMLElement>('.swatch'))
  swatch.style.background = EDGE_COLOURS[swatch.dataset.type ?? ''] ?? '#ccc';
for (const dot of legend.querySelectorAll<HTMLElement>('.dot'))
  dot.style.background = NODE_COLOURS[dot.dataset.kind ?? ''] ?? '#ccc';

const view = createGraphView(graphBox, (id) => void tap(id));
(globalThis as { diplographGraph?: unknown }).diplographGraph = view.cy;
let state: ExploreState = { expanded: [] };
let generation = 0;

function types(): RelationshipType[] {
  return [...(state.types ?? DEFAULT_RELATIONSHIP_TYPES)];
}

function neighbourhoodVariables(id: string) {
  return {
    id,
    types: types(),
    ...(state.from ? { from: state.from } : {}),
    ...(state.to ? { to: state.to } : {}),
    maxNodes: state.limit ?? MAX_NODES,
  };
}

function syncControls(): void {
  const on = new Set<string>(types());
  for (const box of typeBoxes) box.checked = on.has(box.value);
  fromInput.value = state.from ?? '';
  toInput.value = state.to ?? '';
}

function pushUrl(replace = false): void {
  const url = exploreSearch(state) || location.pathname;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
}

function updateCounts(truncated: boolean): void {
  const { nodes, edges } = view.counts();
  Object.assign(graphFrame.root.dataset, {
    nodes: String(nodes),
    edges: String(edges),
    marks: String(nodes),
  });
  graphFrame.message(
    truncated
      ? `Showing ${nodes} nodes and ${edges} relationships; some neighbourhoods were cut at ${state.limit ?? MAX_NODES} nodes (newest kept).`
      : null,
  );
}

/** Draws the node and every expansion of the state, in order. */
async function load(problems: string[] = []): Promise<void> {
  const mine = ++generation;
  syncControls();
  view.clear();
  if (problems.length > 0 || (state.from && state.to && state.from > state.to)) {
    const messages = [...problems];
    if (state.from && state.to && state.from > state.to)
      messages.push(
        `The range is upside down: it starts on ${state.from}, after it ends on ${state.to}. Swap the dates.`,
      );
    graphFrame.message(messages.join(' '), true);
    return;
  }
  if (!state.node) {
    graphFrame.message('Search for a person, country, organization, agreement or meeting to start.');
    graphFrame.root.dataset.state = 'ready';
    return;
  }
  graphFrame.busy(true);
  let truncated = false;
  try {
    for (const id of [state.node, ...state.expanded]) {
      const variables = neighbourhoodVariables(id);
      graphFrame.showQuery(NEIGHBOURHOOD_QUERY, variables);
      const { neighbourhood } = await runQuery<{ neighbourhood: Neighbourhood }>(
        NEIGHBOURHOOD_QUERY.query,
        variables,
      );
      if (mine !== generation) return;
      view.merge(neighbourhood.center, neighbourhood.nodes, neighbourhood.edges);
      truncated ||= neighbourhood.truncated;
    }
    updateCounts(truncated);
    view.select(state.selected);
    if (state.selected) await showDetails(state.selected);
  } catch (error) {
    if (mine === generation) graphFrame.message((error as Error).message, true);
  } finally {
    graphFrame.busy(false);
  }
}

async function tap(id: string): Promise<void> {
  state.selected = id;
  const known = id === state.node || state.expanded.includes(id);
  if (!known) state.expanded = [...state.expanded, id];
  pushUrl();
  view.select(id);
  void showDetails(id);
  if (known) return;
  graphFrame.busy(true);
  try {
    const variables = neighbourhoodVariables(id);
    graphFrame.showQuery(NEIGHBOURHOOD_QUERY, variables);
    const { neighbourhood } = await runQuery<{ neighbourhood: Neighbourhood }>(
      NEIGHBOURHOOD_QUERY.query,
      variables,
    );
    view.merge(neighbourhood.center, neighbourhood.nodes, neighbourhood.edges);
    updateCounts(neighbourhood.truncated);
  } catch (error) {
    graphFrame.message((error as Error).message, true);
  } finally {
    graphFrame.busy(false);
  }
}

async function showDetails(id: string): Promise<void> {
  detailsFrame.busy(true);
  const variables = { id };
  detailsFrame.showQuery(DETAILS_QUERY, variables);
  try {
    const { nodeDetails: d } = await runQuery<{ nodeDetails: Details }>(DETAILS_QUERY.query, variables);
    const heading = detailsFrame.root.querySelector('h2');
    if (heading) heading.textContent = `${d.node.kind}: ${d.node.label}`;
    detailsFrame.body.replaceChildren(
      el(
        'dl',
        { class: 'properties' },
        ...d.properties.flatMap((p) => [el('dt', {}, p.key), el('dd', {}, p.value)]),
      ),
      el('h3', {}, `Evidence (${d.evidence.length})`),
      el(
        'ol',
        { class: 'evidence' },
        ...d.evidence.map((e) =>
          el(
            'li',
            {},
            el('p', { class: 'sentence' }, e.sentence ?? '(no sentence kept)'),
            el(
              'p',
              { class: 'article' },
              e.url
                ? el(
                    'a',
                    { href: e.url, target: '_blank', rel: 'noopener noreferrer' },
                    e.title ?? e.articleId,
                  )
                : (e.title ?? e.articleId),
              ` · ${e.publishedAt ?? 'date unknown'}`,
            ),
          ),
        ),
      ),
    );
    detailsFrame.root.dataset.marks = String(d.evidence.length);
    detailsFrame.message(null);
  } catch (error) {
    detailsFrame.message((error as Error).message, true);
  } finally {
    detailsFrame.busy(false);
  }
}

searchForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = searchInput.value.trim();
  if (!text) return;
  runQuery<{ search: Hit[] }>(SEARCH_QUERY.query, { text })
    .then(({ search }) => {
      hitList.replaceChildren(
        ...(search.length === 0 ? [el('li', { class: 'none' }, `Nothing matches "${text}".`)] : []),
        ...search.map((hit) => {
          const button = el(
            'button',
            { type: 'button', class: 'link', 'data-id': hit.id },
            hit.label.length > 70 ? `${hit.label.slice(0, 69)}…` : hit.label,
          );
          button.addEventListener('click', () => {
            state = { ...state, node: hit.id, expanded: [], selected: hit.id };
            pushUrl();
            void load();
          });
          return el(
            'li',
            {},
            el('span', { class: 'kind' }, hit.kind.toLowerCase()),
            button,
            hit.detail ? el('span', { class: 'detail' }, ` ${hit.detail}`) : null,
          );
        }),
      );
    })
    .catch((error: Error) => hitList.replaceChildren(el('li', { class: 'error' }, error.message)));
});

filterForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const checked = typeBoxes.filter((box) => box.checked).map((box) => box.value as RelationshipType);
  const isDefault =
    checked.length === DEFAULT_RELATIONSHIP_TYPES.length &&
    checked.every((t) => DEFAULT_RELATIONSHIP_TYPES.includes(t));
  state = {
    ...state,
    ...(isDefault ? { types: undefined } : { types: checked }),
    from: isCalendarDate(fromInput.value) ? fromInput.value : undefined,
    to: isCalendarDate(toInput.value) ? toInput.value : undefined,
  };
  pushUrl();
  void load();
});

window.addEventListener('popstate', () => {
  const parsed = parseExploreState(new URLSearchParams(location.search));
  state = parsed.state;
  void load(parsed.problems.map((p) => p.message));
});

const initial = parseExploreState(new URLSearchParams(location.search));
state = initial.state;
void load(initial.problems.map((p) => p.message));
