// Relations between two countries over time: coded events each way as cooperation (bars above zero) against
// conflict (below), with the number of events, statements about each other and meetings of both as lines.
// A click on a bucket lists its events and statements, both ways.
import { PANEL_VARIABLES, RELATION_QUERY } from '../panel-queries.ts';
import type { PanelFrame } from '../panel-frame.ts';
import type { DashboardState, Drill } from '../url-state.ts';
import { PALETTE, chartIn, keepSized } from './charts.ts';
import { bucketEnd, bucketLabel } from './ranges.ts';
import { runQuery } from '../graphql-client.ts';

interface Tally {
  count: number;
  cooperation: number;
  conflict: number;
}
interface Bucket {
  start: string;
  eventsAToB: Tally;
  eventsBToA: Tally;
  statementsAToB: number;
  statementsBToA: number;
  meetings: number;
}
interface RelationData {
  relationSeries: { a: { id: string; label: string }; b: { id: string; label: string }; buckets: Bucket[] };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

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
  const total = (pick: (x: Bucket) => number) => buckets.reduce((sum, x) => sum + pick(x), 0);
  Object.assign(frame.root.dataset, {
    marks: String(buckets.length),
    eventsAToB: String(total((x) => x.eventsAToB.count)),
    eventsBToA: String(total((x) => x.eventsBToA.count)),
    cooperation: String(round1(total((x) => x.eventsAToB.cooperation + x.eventsBToA.cooperation))),
    conflict: String(round1(total((x) => x.eventsAToB.conflict + x.eventsBToA.conflict))),
    statementsAToB: String(total((x) => x.statementsAToB)),
    statementsBToA: String(total((x) => x.statementsBToA)),
    meetings: String(total((x) => x.meetings)),
    pair: `${a.id}-${b.id}`,
  });
  const empty =
    total(
      (x) => x.eventsAToB.count + x.eventsBToA.count + x.statementsAToB + x.statementsBToA + x.meetings,
    ) === 0;
  frame.message(
    empty ? `No event, statement or meeting between ${a.label} and ${b.label} in this range.` : null,
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
  const step = (x: number) => (x <= 10 ? 1 : 5);
  const up = (x: number) => Math.ceil(x / step(x)) * step(x);
  const high = up(Math.max(1, ...buckets.map((x) => x.eventsAToB.cooperation + x.eventsBToA.cooperation)));
  const low = -up(-Math.min(0, ...buckets.map((x) => x.eventsAToB.conflict + x.eventsBToA.conflict)));
  const most = Math.max(
    1,
    ...buckets.map((x) =>
      Math.max(x.eventsAToB.count + x.eventsBToA.count, x.statementsAToB + x.statementsBToA, x.meetings),
    ),
  );
  const ab = `${a.label} → ${b.label}`;
  const ba = `${b.label} → ${a.label}`;
  const bar = (name: string, colour: string, values: number[]) => ({
    name,
    type: 'bar',
    // Positive and negative values stack apart: cooperation grows up from zero, conflict down.
    stack: 'intensity',
    color: colour,
    data: values.map(round1),
  });
  const line = (name: string, colour: string, values: number[], dashed = false) => ({
    name,
    type: 'line',
    yAxisIndex: 1,
    color: colour,
    symbolSize: 6,
    lineStyle: dashed ? { type: 'dashed' } : undefined,
    data: values,
  });
  chart.setOption(
    {
      animation: false,
      grid: { left: 48, right: 48, top: 56, bottom: 48 },
      legend: { top: 0, type: 'scroll' },
      tooltip: { trigger: 'axis' },
      xAxis: {
        type: 'category',
        data: buckets.map((x) => bucketLabel(x.start, state.interval)),
        axisLabel: { hideOverlap: true },
      },
      // Both axes put zero at the same height: the counts' axis stretches below zero as far, in proportion, as
      // conflict reaches below zero on the intensity axis (and hides its negative labels).
      yAxis: [
        { type: 'value', name: 'Goldstein sum', nameTextStyle: { align: 'left' }, min: low, max: high },
        {
          type: 'value',
          name: 'count',
          minInterval: 1,
          splitLine: { show: false },
          min: (low / high) * most,
          max: most,
          axisLabel: { formatter: (v: number) => (v < 0 || !Number.isInteger(v) ? '' : String(v)) },
        },
      ],
      series: [
        bar(
          `${ab} cooperation`,
          PALETTE.cooperation,
          buckets.map((x) => x.eventsAToB.cooperation),
        ),
        bar(
          `${ba} cooperation`,
          PALETTE.cooperationB,
          buckets.map((x) => x.eventsBToA.cooperation),
        ),
        bar(
          `${ab} conflict`,
          PALETTE.conflict,
          buckets.map((x) => x.eventsAToB.conflict),
        ),
        bar(
          `${ba} conflict`,
          PALETTE.conflictB,
          buckets.map((x) => x.eventsBToA.conflict),
        ),
        line(
          'Events',
          PALETTE.events,
          buckets.map((x) => x.eventsAToB.count + x.eventsBToA.count),
        ),
        line(
          'Statements about each other',
          PALETTE.a,
          buckets.map((x) => x.statementsAToB + x.statementsBToA),
          true,
        ),
        line(
          'Meetings of both',
          PALETTE.meetings,
          buckets.map((x) => x.meetings),
          true,
        ),
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
