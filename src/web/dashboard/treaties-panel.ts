// Treaties on a timeline: one row per agreement, a bar from its signing (or first report) to its last report,
// coloured by status, with its parties; a click lists the statements about it.
import { PANEL_VARIABLES, TREATIES_QUERY } from '../panel-queries.ts';
import { el, type PanelFrame } from '../panel-frame.ts';
import type { DashboardState, Drill } from '../url-state.ts';
import { chartIn, dayOf, escapeHtml, keepSized, PALETTE } from './charts.ts';
import { runQuery } from '../graphql-client.ts';

interface Lifecycle {
  id: string;
  name: string;
  kind: string | null;
  status: string | null;
  signedOn: string | null;
  firstReported: string | null;
  lastReported: string | null;
  articles: number;
  statements: number;
  parties: { id: string; label: string | null }[];
}

const STATUS_COLOURS: Record<string, string> = {
  proposed: '#a855f7',
  negotiating: '#a855f7',
  signed: '#2563eb',
  ratified: '#16a34a',
  'in force': '#16a34a',
  suspended: '#f59e0b',
  withdrawn: '#dc2626',
  terminated: '#dc2626',
  expired: '#64748b',
};

export async function loadTreatiesPanel(
  frame: PanelFrame,
  state: DashboardState & { from: string; to: string },
  onDrill: (drill: Drill, title: string) => void,
  signal: AbortSignal,
): Promise<void> {
  const variables = PANEL_VARIABLES.treaties(state);
  frame.showQuery(TREATIES_QUERY, variables);
  const { agreementLifecycles: rows } = await runQuery<{ agreementLifecycles: Lifecycle[] }>(
    TREATIES_QUERY.query,
    variables,
    signal,
  );
  frame.root.dataset.marks = String(rows.length);
  frame.message(rows.length === 0 ? 'No agreement was signed or talked about in this range.' : null);
  frame.body.hidden = rows.length === 0;
  let box = frame.body.querySelector<HTMLElement>('.chart');
  if (!box) {
    const legend = el('ul', { class: 'legend' });
    for (const [status, colour] of Object.entries(STATUS_COLOURS)) {
      const swatch = el('span', { class: 'dot' });
      swatch.style.background = colour;
      legend.append(el('li', {}, swatch, status));
    }
    legend.append(el('li', {}, el('span', { class: 'diamond' }, '◆'), 'signed on'));
    box = el('div', { class: 'chart tall' });
    frame.body.append(legend, box);
    keepSized(box);
  }
  box.style.height = `${Math.max(160, 60 + rows.length * 26)}px`;
  const fallback = dayOf(state.from);
  const items = rows.map((row, index) => {
    // A year-only signing date ("2023") is its first day, often before the range: the bar starts at the range.
    const start = Math.max(dayOf(row.signedOn ?? row.firstReported ?? state.from) || fallback, fallback);
    const end = Math.max(start, row.lastReported ? dayOf(row.lastReported) : start);
    return { value: [index, start, end, row.signedOn ? dayOf(row.signedOn) : null], row };
  });
  const chart = chartIn(box, 'treaties');
  chart.off('click');
  chart.resize();
  chart.setOption(
    {
      animation: false,
      grid: { left: 260, right: 24, top: 8, bottom: 28 },
      tooltip: {
        formatter: (p: { dataIndex: number }) => {
          const row = rows[p.dataIndex];
          if (!row) return '';
          const parties = row.parties.map((x) => x.label ?? x.id).join(', ') || 'parties unknown';
          return [
            `<b>${escapeHtml(row.name)}</b>`,
            `${escapeHtml(row.status ?? 'status unknown')} · signed ${escapeHtml(row.signedOn ?? '?')}`,
            `reported ${escapeHtml(row.firstReported ?? '?')} – ${escapeHtml(row.lastReported ?? '?')} in ${row.articles} article(s)`,
            `${row.statements} statement(s) · ${escapeHtml(parties)}`,
          ].join('<br>');
        },
      },
      xAxis: { type: 'time', min: dayOf(state.from), max: dayOf(state.to) },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((row) => {
          const parties = row.parties.map((x) => x.id).join(', ');
          const name = row.name.length > 34 ? `${row.name.slice(0, 33)}…` : row.name;
          return parties ? `${name} (${parties.length > 16 ? `${parties.slice(0, 15)}…` : parties})` : name;
        }),
        axisLabel: { fontSize: 11 },
      },
      series: [
        {
          type: 'custom',
          clip: true,
          encode: { x: [1, 2], y: 0 },
          data: items.map((item) => item.value),
          renderItem: (
            params: unknown,
            api: {
              value(dim: number): number;
              coord(point: number[]): number[];
              size(point: number[]): number[];
              visual(name: string): string;
            },
          ) => {
            const y = api.value(0);
            const [x0 = 0, yMid = 0] = api.coord([api.value(1), y]);
            const [x1 = 0] = api.coord([api.value(2), y]);
            const height = (api.size([0, 1])[1] ?? 20) * 0.55;
            const row = rows[y];
            const colour = STATUS_COLOURS[row?.status ?? ''] ?? PALETTE.muted;
            const children: unknown[] = [
              {
                type: 'rect',
                shape: { x: x0 - 3, y: yMid - height / 2, width: Math.max(6, x1 - x0 + 6), height, r: 3 },
                style: { fill: colour, opacity: 0.85 },
              },
            ];
            if (row?.signedOn) {
              const [xs = 0] = api.coord([dayOf(row.signedOn), y]);
              children.push({
                type: 'path',
                shape: { pathData: `M${xs},${yMid - height} l5,${height} l-5,${height} l-5,${-height} Z` },
                style: { fill: '#0f172a' },
              });
            }
            return { type: 'group', children };
          },
        },
      ],
    },
    { notMerge: true },
  );
  chart.on('click', (event) => {
    const row = rows[event.dataIndex];
    if (row) onDrill({ kind: 'about', id: row.id }, `Statements about ${row.name}`);
  });
}
