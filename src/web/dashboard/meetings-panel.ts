// Meetings on a timeline: one point per call, visit, talks or summit, by kind; held filled, planned hollow.
// A click lists the statements about that meeting.
import { PANEL_VARIABLES, MEETINGS_QUERY } from '../panel-queries.ts';
import type { PanelFrame } from '../panel-frame.ts';
import type { DashboardState, Drill } from '../url-state.ts';
import { chartIn, dayOf, escapeHtml, keepSized, PALETTE } from './charts.ts';
import { runQuery } from '../graphql-client.ts';

interface Meeting {
  id: string;
  name: string | null;
  kind: string | null;
  date: string;
  status: string | null;
  place: string | null;
  participants: { id: string; label: string | null }[];
}

const KINDS = ['call', 'visit', 'talks', 'meeting', 'conference', 'summit'];

export async function loadMeetingsPanel(
  frame: PanelFrame,
  state: DashboardState & { from: string; to: string },
  onDrill: (drill: Drill, title: string) => void,
  signal: AbortSignal,
): Promise<void> {
  const variables = PANEL_VARIABLES.meetings(state);
  frame.showQuery(MEETINGS_QUERY, variables);
  const { meetingTimeline: meetings } = await runQuery<{ meetingTimeline: Meeting[] }>(
    MEETINGS_QUERY.query,
    variables,
    signal,
  );
  const held = meetings.filter((m) => m.status !== 'planned');
  const planned = meetings.filter((m) => m.status === 'planned');
  Object.assign(frame.root.dataset, {
    marks: String(meetings.length),
    held: String(held.length),
    planned: String(planned.length),
  });
  frame.message(meetings.length === 0 ? 'No dated meeting in this range.' : null);
  frame.body.hidden = meetings.length === 0;
  let box = frame.body.querySelector<HTMLElement>('.chart');
  if (!box) {
    box = document.createElement('div');
    box.className = 'chart';
    frame.body.append(box);
    keepSized(box);
  }
  const kinds = [
    ...KINDS,
    ...new Set(meetings.map((m) => m.kind ?? 'meeting').filter((k) => !KINDS.includes(k))),
  ];
  const point = (m: Meeting) => ({ value: [dayOf(m.date), m.kind ?? 'meeting'], id: m.id });
  const chart = chartIn(box, 'meetings');
  chart.off('click');
  chart.setOption(
    {
      animation: false,
      grid: { left: 84, right: 20, top: 32, bottom: 28 },
      legend: { top: 0 },
      tooltip: {
        formatter: (p: { data: { id: string } }) => {
          const m = meetings.find((x) => x.id === p.data.id);
          if (!m) return '';
          const who = m.participants.map((x) => x.label ?? x.id).join(', ');
          return `<b>${escapeHtml(m.name ?? m.kind ?? 'meeting')}</b><br>${escapeHtml(m.date)} · ${escapeHtml(m.status ?? '?')}${m.place ? ` · ${escapeHtml(m.place)}` : ''}<br>${escapeHtml(who)}`;
        },
      },
      xAxis: { type: 'time', min: dayOf(state.from), max: dayOf(state.to) },
      yAxis: { type: 'category', data: kinds },
      series: [
        { name: 'held', type: 'scatter', symbolSize: 11, color: PALETTE.held, data: held.map(point) },
        {
          name: 'planned',
          type: 'scatter',
          symbolSize: 11,
          color: PALETTE.planned,
          itemStyle: { color: 'transparent', borderColor: PALETTE.planned, borderWidth: 2 },
          data: planned.map(point),
        },
      ],
    },
    { notMerge: true },
  );
  chart.on('click', (event) => {
    const m = meetings.find((x) => x.id === (event.data as { id?: string } | undefined)?.id);
    if (m)
      onDrill(
        { kind: 'about', id: m.id },
        `Statements about ${m.name ?? m.kind ?? 'the meeting'} (${m.date})`,
      );
  });
}
