// Relations between two countries over time: statements each way (stacked bars) and meetings (line) per bucket.
// A click on a bucket lists the statements between the two in it. Coded events will be two more series here.
import { PANEL_VARIABLES, RELATION_QUERY } from '../panel-queries.ts';
import type { PanelFrame } from '../panel-frame.ts';
import type { DashboardState, Drill } from '../url-state.ts';
import { PALETTE, chartIn, keepSized } from './charts.ts';
import { bucketEnd, bucketLabel } from './ranges.ts';
import { runQuery } from '../graphql-client.ts';

interface Bucket {
  start: string;
  statementsAToB: number;
  statementsBToA: number;
  meetings: number;
}
interface RelationData {
  relationSeries: { a: { id: string; label: string }; b: { id: string; label: string }; buckets: Bucket[] };
}

export async function loadRelationPanel(
  frame: PanelFrame,
  state: DashboardState & { from: string; to: string },
  onDrill: (drill: Drill, title: string) => void,
  signal: AbortSignal,
): Promise<void> {
  const variables = PANEL_VARIABLES.relation(state);
  frame.showQuery(RELATION_QUERY, variables);
  const data = await runQuery<RelationData>(RELATION_QUERY.query, variables, signal);
  const { a, b, buckets } = data.relationSeries;
  const total = (key: keyof Omit<Bucket, 'start'>) => buckets.reduce((sum, x) => sum + x[key], 0);
  Object.assign(frame.root.dataset, {
    marks: String(buckets.length),
    statementsAToB: String(total('statementsAToB')),
    statementsBToA: String(total('statementsBToA')),
    meetings: String(total('meetings')),
    pair: `${a.id}-${b.id}`,
  });
  const empty = total('statementsAToB') + total('statementsBToA') + total('meetings') === 0;
  frame.message(
    empty ? `No statements between ${a.label} and ${b.label}, and no meeting of both, in this range.` : null,
  );
  frame.body.hidden = false;

  let chartBox = frame.body.querySelector<HTMLElement>('.chart');
  if (!chartBox) {
    chartBox = document.createElement('div');
    chartBox.className = 'chart';
    frame.body.append(chartBox);
    keepSized(chartBox);
  }
  const chart = chartIn(chartBox, 'relation');
  chart.off('click');
  chart.getZr().off('click');
  chart.setOption(
    {
      animation: false,
      grid: { left: 40, right: 16, top: 36, bottom: 48 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: {
        type: 'category',
        data: buckets.map((x) => bucketLabel(x.start, state.interval)),
        axisLabel: { hideOverlap: true },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          name: `${a.label} about ${b.label}`,
          type: 'bar',
          stack: 'statements',
          color: PALETTE.a,
          data: buckets.map((x) => x.statementsAToB),
        },
        {
          name: `${b.label} about ${a.label}`,
          type: 'bar',
          stack: 'statements',
          color: PALETTE.b,
          data: buckets.map((x) => x.statementsBToA),
        },
        {
          name: 'Meetings of both',
          type: 'line',
          color: PALETTE.meetings,
          symbolSize: 7,
          data: buckets.map((x) => x.meetings),
        },
      ],
    },
    { notMerge: true },
  );
  const drillBucket = (index: number) => {
    const bucket = buckets[index];
    if (!bucket) return;
    const to = bucketEnd(bucket.start, state.interval);
    onDrill(
      {
        kind: 'pair',
        from: bucket.start < state.from ? state.from : bucket.start,
        to: to > state.to ? state.to : to,
      },
      `${a.label} and ${b.label}, ${bucketLabel(bucket.start, state.interval)}`,
    );
  };
  // A click anywhere in a bucket's column drills into it: empty buckets and thin bars are easy to hit.
  chart.getZr().on('click', (event) => {
    const point = [event.offsetX, event.offsetY];
    if (!chart.containPixel('grid', point)) return;
    const [index] = chart.convertFromPixel({ xAxisIndex: 0, yAxisIndex: 0 }, point) as number[];
    if (index !== undefined) drillBucket(Math.round(index));
  });
}
