// Treaties on a timeline: one row per agreement with its parties; a thin bar from its first to its last report
// and a mark for every lifecycle step the graph holds (signed, ratified, negotiating, suspended, withdrawn,
// proposed), coloured and shaped by status, hollow when the act was only planned, hypothetical or denied.
// A step dated before the range sits at its left edge (the tooltip gives its date). A click lists the statements
// about the agreement.
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
  steps: Step[];
}

interface Step {
  status: string;
  date: string | null;
  source: 'EVENT' | 'SIGNED_ON' | 'STATUS';
  modality: string | null;
  by: string[];
  events: number;
}

/** The mark of each step's status; any other status is a plain circle. */
const STATUS_SYMBOLS: Record<string, string> = {
  proposed: 'roundRect',
  negotiating: 'roundRect',
  signed: 'diamond',
  ratified: 'circle',
  suspended: 'triangle',
  withdrawn: 'pin',
  terminated: 'pin',
};

function stepLine(step: Step): string {
  const how = step.source === 'EVENT' ? (step.modality === 'asserted' ? '' : ` (${step.modality})`) : '';
  const by = step.by.length > 0 ? ` by ${step.by.join(', ')}` : '';
  const from =
    step.source === 'EVENT'
      ? ` · ${step.events} event(s)`
      : step.source === 'SIGNED_ON'
        ? ' · signing date'
        : ' · status as last reported';
  return `${escapeHtml(step.date ?? 'undated')}: ${escapeHtml(step.status)}${escapeHtml(how)}${escapeHtml(by)}${from}`;
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
    box = el('div', { class: 'chart tall' });
    frame.body.append(box);
    keepSized(box);
  }
  box.style.height = `${Math.max(160, 60 + rows.length * 26)}px`;
  const first = dayOf(state.from);
  const last = dayOf(state.to);
  const clamp = (t: number) => Math.min(Math.max(t, first), last);
  const spans = rows.map((row, index) => {
    const start = clamp(dayOf(row.firstReported ?? row.signedOn ?? state.from) || first);
    const end = Math.max(start, clamp(row.lastReported ? dayOf(row.lastReported) : start));
    return [index, start, end];
  });
  const dated = rows.flatMap((row, index) =>
    row.steps.filter((step) => step.date !== null).map((step) => ({ row, index, step })),
  );
  const steps = dated.length;
  frame.root.dataset.steps = String(steps);
  frame.root.dataset.stepEvents = String(
    rows.reduce((sum, row) => sum + row.steps.reduce((n, step) => n + step.events, 0), 0),
  );
  frame.root.dataset.agreements = rows.map((row) => row.id).join(' ');
  const statuses = [...new Set(dated.map((x) => x.step.status))].sort(
    (x, y) => Object.keys(STATUS_COLOURS).indexOf(x) - Object.keys(STATUS_COLOURS).indexOf(y),
  );
  const stepSeries = statuses.map((status) => {
    const colour = STATUS_COLOURS[status] ?? PALETTE.muted;
    return {
      name: status,
      type: 'scatter',
      symbol: STATUS_SYMBOLS[status] ?? 'circle',
      symbolSize: 13,
      color: colour,
      z: 3,
      data: dated
        .filter((x) => x.step.status === status)
        .map(({ row, index, step }) => {
          const done = step.source !== 'EVENT' || step.modality === 'asserted';
          return {
            value: [clamp(dayOf(step.date ?? state.from)), index],
            id: row.id,
            step,
            itemStyle: done
              ? { color: colour, borderColor: '#0f172a', borderWidth: 0.5 }
              : { color: '#ffffff', borderColor: colour, borderWidth: 2 },
          };
        }),
    };
  });
  const chart = chartIn(box, 'treaties');
  chart.off('click');
  chart.resize();
  chart.setOption(
    {
      animation: false,
      grid: { left: 260, right: 24, top: 32, bottom: 28 },
      legend: { top: 0, data: statuses },
      tooltip: {
        formatter: (p: { seriesType: string; dataIndex: number; data: { step?: Step } }) => {
          const row = p.seriesType === 'custom' ? rows[p.dataIndex] : undefined;
          if (p.data?.step) return stepLine(p.data.step);
          if (!row) return '';
          const parties = row.parties.map((x) => x.label ?? x.id).join(', ') || 'parties unknown';
          return [
            `<b>${escapeHtml(row.name)}</b> · ${escapeHtml(parties)}`,
            `${escapeHtml(row.status ?? 'status unknown')} · reported ${escapeHtml(row.firstReported ?? '?')} – ${escapeHtml(row.lastReported ?? '?')} in ${row.articles} article(s) · ${row.statements} statement(s)`,
            ...row.steps.map(stepLine),
          ].join('<br>');
        },
      },
      xAxis: { type: 'time', min: first, max: last },
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
          name: 'reported',
          clip: true,
          encode: { x: [1, 2], y: 0 },
          data: spans,
          renderItem: (
            params: unknown,
            api: {
              value(dim: number): number;
              coord(point: number[]): number[];
              size(point: number[]): number[];
            },
          ) => {
            const y = api.value(0);
            const [x0 = 0, yMid = 0] = api.coord([api.value(1), y]);
            const [x1 = 0] = api.coord([api.value(2), y]);
            const height = (api.size([0, 1])[1] ?? 20) * 0.22;
            const colour = STATUS_COLOURS[rows[y]?.status ?? ''] ?? PALETTE.muted;
            return {
              type: 'rect',
              shape: { x: x0 - 3, y: yMid - height / 2, width: Math.max(6, x1 - x0 + 6), height, r: 2 },
              style: { fill: colour, opacity: 0.35 },
            };
          },
        },
        ...stepSeries,
      ],
    },
    { notMerge: true },
  );
  chart.on('click', (event) => {
    const data = event.data as { id?: string } | undefined;
    const row = data?.id ? rows.find((x) => x.id === data.id) : rows[event.dataIndex];
    if (row) onDrill({ kind: 'about', id: row.id }, `Statements about ${row.name}`);
  });
}
