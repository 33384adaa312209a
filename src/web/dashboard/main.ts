// GET /dashboard: the page's controls (two countries, a date range, week or month) and its panels, each fed by one
// GraphQL query shown in its "Query" tab. The state lives in the URL; a click on any mark lists its statements.
import {
  CLOSEST_QUERY,
  COUNTRIES_QUERY,
  DASHBOARD_QUERIES,
  EXTENT_QUERY,
  MOST_ACTIVE_QUERY,
} from '../panel-queries.ts';
import { createPanelFrame, el, type PanelFrame } from '../panel-frame.ts';
import { runQuery } from '../graphql-client.ts';
import {
  dashboardSearch,
  isCalendarDate,
  parseDashboardState,
  type DashboardState,
  type Drill,
  type Problem,
} from '../url-state.ts';
import { defaultRange } from './ranges.ts';
import { loadRelationPanel } from './relation-panel.ts';
import { loadTalkersPanel } from './talkers-panel.ts';
import { loadTreatiesPanel } from './treaties-panel.ts';
import { loadMeetingsPanel } from './meetings-panel.ts';
import { loadMapPanel } from './map-panel.ts';
import { loadEvidencePanel } from './evidence-panel.ts';
import { EVIDENCE_QUERY } from '../panel-queries.ts';

type Ranged = DashboardState & { from: string; to: string };
type Loader = (
  frame: PanelFrame,
  state: Ranged,
  onDrill: (d: Drill, t: string) => void,
  signal: AbortSignal,
) => Promise<void>;

const LOADERS: Record<string, Loader> = {
  relation: loadRelationPanel,
  talkers: loadTalkersPanel,
  treaties: loadTreatiesPanel,
  meetings: loadMeetingsPanel,
  map: loadMapPanel,
};

const app = document.getElementById('app')!;
const form = el('form', { class: 'controls', id: 'controls' });
const pickA = el('select', { name: 'a', 'aria-label': 'First country' });
const pickB = el('select', { name: 'b', 'aria-label': 'Second country' });
const fromInput = el('input', { type: 'date', name: 'from', 'aria-label': 'From' });
const toInput = el('input', { type: 'date', name: 'to', 'aria-label': 'To' });
const intervalPick = el('select', { name: 'interval', 'aria-label': 'Bucket' });
intervalPick.append(
  el('option', { value: 'MONTH' }, 'per month'),
  el('option', { value: 'WEEK' }, 'per week'),
);
form.append(
  el('label', {}, 'Countries ', pickA),
  el('span', { class: 'and' }, '↔'),
  pickB,
  el('label', {}, 'From ', fromInput),
  el('label', {}, 'to ', toInput),
  intervalPick,
  el('button', { type: 'submit' }, 'Show'),
);
app.append(
  el(
    'header',
    { class: 'page-header' },
    el('h1', {}, 'diplograph'),
    el(
      'nav',
      {},
      el('a', { href: '/dashboard', 'aria-current': 'page' }, 'Dashboard'),
      el('a', { href: '/explore' }, 'Explore'),
      el('a', { href: '/graphql' }, 'GraphQL'),
    ),
    form,
  ),
);
const grid = el('main', { class: 'grid' });
app.append(grid);
const frames: Record<string, PanelFrame> = {};
for (const panel of DASHBOARD_QUERIES)
  frames[panel.id] = createPanelFrame(grid, panel.id, panel.title, panel.description);
const evidence = createPanelFrame(
  grid,
  'evidence',
  EVIDENCE_QUERY.title,
  'Click a bar, point, row, country or treaty to list its statements.',
);
evidence.message('Click a bar, point, row, country or treaty above to list the statements behind it.');

let state: DashboardState;
let countries: { id: string; name: string }[] = [];
let controller = new AbortController();
let drillController = new AbortController();

async function start(): Promise<void> {
  const parsed = parseDashboardState(new URLSearchParams(location.search));
  state = parsed.state;
  try {
    const [extent, list] = await Promise.all([
      runQuery<{ dateExtent: { lastStatement: string | null; lastArticle: string | null } }>(
        EXTENT_QUERY.query,
        {},
      ),
      runQuery<{ countries: { id: string; name: string }[] }>(COUNTRIES_QUERY.query, {}),
    ]);
    countries = list.countries;
    const range = defaultRange(extent.dateExtent.lastStatement ?? extent.dateExtent.lastArticle);
    state.from ??= range.from;
    state.to ??= range.to;
    const params = new URLSearchParams(location.search);
    if (!params.has('a') && !params.has('b') && state.from <= state.to)
      Object.assign(state, await busiestPair(state.from, state.to));
  } catch (error) {
    for (const frame of Object.values(frames)) frame.message((error as Error).message, true);
    return;
  }
  render(parsed.problems);
  if (!parsed.problems.some((p) => p.param !== 'drill'))
    history.replaceState(null, '', dashboardSearch(state));
}

/** The most active country and the one it relates to most, or the default pair when the graph has none. */
async function busiestPair(from: string, to: string): Promise<{ a: string; b: string }> {
  const { countryActivity } = await runQuery<{ countryActivity: { id: string }[] }>(MOST_ACTIVE_QUERY.query, {
    from,
    to,
  });
  const a = countryActivity[0]?.id;
  if (!a) return { a: state.a, b: state.b };
  const { countryRelations } = await runQuery<{ countryRelations: { country: { id: string } }[] }>(
    CLOSEST_QUERY.query,
    {
      country: a,
      from,
      to,
    },
  );
  const b = countryRelations[0]?.country.id ?? countryActivity[1]?.id;
  return b ? { a, b } : { a: state.a, b: state.b };
}

function fillPickers(): void {
  for (const [picker, id] of [
    [pickA, state.a],
    [pickB, state.b],
  ] as const) {
    const options = countries.map((c) => el('option', { value: c.id }, c.name));
    // A code from the URL that the graph does not know stays visible, so its panel's message makes sense.
    if (!countries.some((c) => c.id === id)) options.unshift(el('option', { value: id }, `${id} (unknown)`));
    picker.replaceChildren(...options);
    picker.value = id;
  }
  fromInput.value = state.from ?? '';
  toInput.value = state.to ?? '';
  intervalPick.value = state.interval;
}

function render(problems: Problem[] = []): void {
  fillPickers();
  controller.abort();
  controller = new AbortController();
  const signal = controller.signal;
  const ranged = state as Ranged;
  const dateProblems = problems.filter((p) => p.param === 'from' || p.param === 'to').map((p) => p.message);
  if (ranged.from > ranged.to) {
    dateProblems.push(
      `The range is upside down: it starts on ${ranged.from}, after it ends on ${ranged.to}. Swap the dates.`,
    );
  }
  const countryProblems = problems.filter((p) => p.param === 'a' || p.param === 'b').map((p) => p.message);
  for (const [id, load] of Object.entries(LOADERS)) {
    const frame = frames[id]!;
    const blocking = [...dateProblems, ...(id === 'relation' ? countryProblems : [])];
    if (blocking.length > 0) {
      frame.busy(false);
      frame.message(blocking.join(' '), true);
      continue;
    }
    frame.busy(true);
    load(frame, ranged, drill, signal)
      .catch((error: Error) => {
        if (error.name !== 'AbortError') frame.message(error.message, true);
      })
      .finally(() => frame.busy(false));
  }
  if (state.drill) void showDrill(state.drill, drillTitle(state.drill));
}

function drillTitle(d: Drill): string {
  if (d.kind === 'pair')
    return `Events and statements between ${state.a} and ${state.b}, ${d.from} to ${d.to}`;
  const name = countries.find((c) => c.id === d.id)?.name ?? d.id;
  return d.kind === 'about' ? `Statements about ${name}` : `Statements by ${name}`;
}

function drill(d: Drill, title: string): void {
  state.drill = d;
  history.pushState(null, '', dashboardSearch(state));
  void showDrill(d, title);
}

async function showDrill(d: Drill, title: string): Promise<void> {
  drillController.abort();
  drillController = new AbortController();
  evidence.busy(true);
  try {
    await loadEvidencePanel(evidence, state, d, title, drillController.signal);
    evidence.root.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  } catch (error) {
    if ((error as Error).name !== 'AbortError') evidence.message((error as Error).message, true);
  } finally {
    evidence.busy(false);
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const from = fromInput.value;
  const to = toInput.value;
  const next: DashboardState = {
    a: pickA.value,
    b: pickB.value,
    interval: intervalPick.value === 'WEEK' ? 'WEEK' : 'MONTH',
    ...(isCalendarDate(from) ? { from } : {}),
    ...(isCalendarDate(to) ? { to } : {}),
  };
  state = { ...next, from: next.from ?? state.from, to: next.to ?? state.to };
  history.pushState(null, '', dashboardSearch(state));
  render();
});
// The country pickers apply at once: the question is usually "and with this country?".
for (const picker of [pickA, pickB]) picker.addEventListener('change', () => form.requestSubmit());

window.addEventListener('popstate', () => {
  const parsed = parseDashboardState(new URLSearchParams(location.search));
  state = { ...parsed.state, from: parsed.state.from ?? state.from, to: parsed.state.to ?? state.to };
  if (!state.drill) {
    evidence.message('Click a bar, point, row, country or treaty above to list the statements behind it.');
    evidence.body.replaceChildren();
  }
  render(parsed.problems);
});

void start();
