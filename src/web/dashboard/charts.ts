// ECharts with only the parts the dashboard draws (tree-shaken), and the small helpers the panels share.
import * as echarts from 'echarts/core';
import { BarChart, CustomChart, LineChart, MapChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  DataZoomComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  CustomChart,
  LineChart,
  MapChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  DataZoomComponent,
  CanvasRenderer,
]);

export { echarts };
export type Chart = echarts.ECharts;

/** Charts by panel, for the curious in devtools and for the browser tests (which click through them). */
const registry: Record<string, Chart> = {};
(globalThis as { diplographCharts?: Record<string, Chart> }).diplographCharts = registry;

export function chartIn(element: HTMLElement, name: string): Chart {
  const chart = echarts.getInstanceByDom(element) ?? echarts.init(element, undefined, { renderer: 'canvas' });
  registry[name] = chart;
  return chart;
}

const resizeObserver = new ResizeObserver((entries) => {
  for (const entry of entries) echarts.getInstanceByDom(entry.target as HTMLElement)?.resize();
});
export function keepSized(element: HTMLElement): void {
  resizeObserver.observe(element);
}

/** A partial date (YYYY or YYYY-MM) as the first day it covers, as a timestamp. */
export function dayOf(date: string): number {
  const [year, month = '01', day = '01'] = date.split('-');
  return Date.UTC(Number(year), Number(month) - 1, Number(day));
}

export const PALETTE = {
  a: '#2563eb',
  b: '#dc2626',
  meetings: '#0891b2',
  events: '#0f172a',
  cooperation: '#16a34a',
  cooperationB: '#86efac',
  conflict: '#dc2626',
  conflictB: '#fca5a5',
  held: '#0f766e',
  planned: '#a16207',
  muted: '#94a3b8',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
