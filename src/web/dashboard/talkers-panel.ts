// Who is talking: the top speakers and top countries by statements over the range, each row with a sparkline of
// its statements per bucket. A click on a row lists its statements.
import { PANEL_VARIABLES, TALKERS_QUERY } from '../panel-queries.ts';
import { el, type PanelFrame } from '../panel-frame.ts';
import type { DashboardState, Drill } from '../url-state.ts';
import { PALETTE, chartIn } from './charts.ts';
import { runQuery } from '../graphql-client.ts';

interface Talker {
  id: string;
  name: string;
  detail: string | null;
  count: number;
  series: number[];
}
interface Board {
  buckets: string[];
  talkers: Talker[];
}
interface TalkersData {
  speakers: Board;
  countries: Board;
}

export async function loadTalkersPanel(
  frame: PanelFrame,
  state: DashboardState & { from: string; to: string },
  onDrill: (drill: Drill, title: string) => void,
  signal: AbortSignal,
): Promise<void> {
  const variables = PANEL_VARIABLES.talkers(state);
  frame.showQuery(TALKERS_QUERY, variables);
  const data = await runQuery<TalkersData>(TALKERS_QUERY.query, variables, signal);
  frame.body.replaceChildren(
    table('Speakers', 'speaker', data.speakers, state, onDrill),
    table('Countries', 'country', data.countries, state, onDrill),
  );
  const rows = data.speakers.talkers.length + data.countries.talkers.length;
  frame.root.dataset.marks = String(rows);
  frame.message(rows === 0 ? 'Nobody said anything dated in this range.' : null);
  frame.body.hidden = false;
}

function table(
  title: string,
  kind: 'speaker' | 'country',
  board: Board,
  state: DashboardState & { from: string; to: string },
  onDrill: (drill: Drill, title: string) => void,
): HTMLElement {
  const body = el('tbody');
  const max = Math.max(1, ...board.talkers.flatMap((t) => t.series));
  board.talkers.forEach((talker, rank) => {
    const spark = el('div', { class: 'sparkline' });
    const name = el('button', { type: 'button', class: 'link' }, talker.name);
    const row = el(
      'tr',
      { 'data-id': talker.id },
      el('td', { class: 'rank' }, String(rank + 1)),
      el('td', {}, name, talker.detail ? el('span', { class: 'detail' }, ` ${talker.detail}`) : null),
      el('td', { class: 'count' }, String(talker.count)),
      el('td', {}, spark),
    );
    body.append(row);
    name.addEventListener('click', () =>
      onDrill({ kind, id: talker.id, from: state.from, to: state.to }, `Statements by ${talker.name}`),
    );
    queueMicrotask(() => {
      chartIn(spark, `${kind}:${talker.id}`).setOption({
        animation: false,
        grid: { left: 0, right: 0, top: 2, bottom: 2 },
        xAxis: { type: 'category', show: false, data: board.buckets },
        yAxis: { type: 'value', show: false, max },
        series: [
          {
            type: 'line',
            data: talker.series,
            symbol: 'none',
            color: kind === 'speaker' ? PALETTE.a : PALETTE.b,
            areaStyle: { opacity: 0.15 },
            lineStyle: { width: 1.5 },
          },
        ],
      });
    });
  });
  return el(
    'div',
    { class: 'talkers', 'data-kind': kind },
    el('h3', {}, title),
    el(
      'table',
      {},
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', {}, '#'),
          el('th', {}, 'Name'),
          el('th', {}, 'Statements'),
          el('th', {}, 'Trend'),
        ),
      ),
      body,
    ),
  );
}
