// A choropleth of activity per country (statements, meetings, agreements) over the range. The world's borders
// come from world-atlas (Natural Earth 1:50m), bundled at install and served by diplograph: no tile server.
// A click on a country lists its statements.
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { PANEL_VARIABLES, MAP_QUERY } from '../panel-queries.ts';
import type { PanelFrame } from '../panel-frame.ts';
import type { DashboardState, Drill } from '../url-state.ts';
import { chartIn, echarts, escapeHtml, keepSized } from './charts.ts';
import { runQuery } from '../graphql-client.ts';

interface Activity {
  id: string;
  name: string;
  statements: number;
  meetings: number;
  agreements: number;
  total: number;
}

let world: Promise<Set<string>> | undefined;

/** Registers the map once; resolves to the country ids (ISO alpha-3) it has a shape for. */
function loadWorld(): Promise<Set<string>> {
  world ??= fetch('/web/world.topo.json')
    .then((response) => {
      if (!response.ok) throw new Error(`the world map is missing (${response.status})`);
      return response.json() as Promise<Topology>;
    })
    .then((topology) => {
      const object = topology.objects.countries;
      if (!object) throw new Error('the world map has no countries');
      const shapes = feature(topology, object) as unknown as GeoJSON.FeatureCollection;
      for (const shape of shapes.features) unwrapAntimeridian(shape.geometry);
      echarts.registerMap('world', shapes as never);
      return new Set(shapes.features.map((f) => String(f.properties?.iso3)));
    });
  return world;
}

/**
 * Natural Earth cuts countries at the antimeridian, which a flat map draws as a band across the world (Russia,
 * Fiji): pieces just west of -180° are moved east of +180° when the rest of the country lies east.
 */
function unwrapAntimeridian(geometry: GeoJSON.Geometry | null): void {
  if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const east = polygons.flat(2).filter(([lon = 0]) => lon > 0).length;
  const west = polygons.flat(2).length - east;
  for (const ring of polygons.flat(1)) {
    const jumps = ring.some((point, i) => i > 0 && Math.abs((point[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)) > 180);
    const farWest = ring.every(([lon = 0]) => lon < -150);
    if (jumps || (farWest && east > west)) {
      for (const point of ring) if ((point[0] ?? 0) < 0) point[0] = (point[0] ?? 0) + 360;
    }
  }
}

export async function loadMapPanel(
  frame: PanelFrame,
  state: DashboardState & { from: string; to: string },
  onDrill: (drill: Drill, title: string) => void,
  signal: AbortSignal,
): Promise<void> {
  const variables = PANEL_VARIABLES.map(state);
  frame.showQuery(MAP_QUERY, variables);
  const [shapes, data] = await Promise.all([
    loadWorld(),
    runQuery<{ countryActivity: Activity[] }>(MAP_QUERY.query, variables, signal),
  ]);
  const rows = data.countryActivity.filter((row) => row.total > 0);
  const mapped = rows.filter((row) => shapes.has(row.id));
  const unmapped = rows.filter((row) => !shapes.has(row.id));
  Object.assign(frame.root.dataset, { marks: String(mapped.length), unmapped: String(unmapped.length) });
  frame.message(
    rows.length === 0
      ? 'No country said, attended or signed anything in this range.'
      : unmapped.length > 0
        ? `Not on the map: ${unmapped.map((row) => `${row.name} (${row.total})`).join(', ')}.`
        : null,
  );
  frame.body.hidden = false;
  let box = frame.body.querySelector<HTMLElement>('.chart');
  if (!box) {
    box = document.createElement('div');
    box.className = 'chart';
    frame.body.append(box);
    keepSized(box);
  }
  const byId = new Map(rows.map((row) => [row.id, row]));
  const chart = chartIn(box, 'map');
  chart.off('click');
  chart.setOption(
    {
      animation: false,
      tooltip: {
        trigger: 'item',
        formatter: (p: { name: string }) => {
          const row = byId.get(p.name);
          if (!row) return escapeHtml(p.name);
          return `<b>${escapeHtml(row.name)}</b><br>${row.statements} statements · ${row.meetings} meetings · ${row.agreements} agreements`;
        },
      },
      visualMap: {
        type: 'continuous',
        min: 0,
        max: Math.max(1, ...rows.map((row) => row.total)),
        left: 8,
        bottom: 8,
        itemHeight: 80,
        calculable: false,
        inRange: { color: ['#dbeafe', '#1d4ed8'] },
        text: ['more', 'less'],
      },
      series: [
        {
          type: 'map',
          map: 'world',
          nameProperty: 'iso3',
          roam: true,
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#f59e0b' } },
          itemStyle: { areaColor: '#f1f5f9', borderColor: '#cbd5e1', borderWidth: 0.5 },
          data: mapped.map((row) => ({ name: row.id, value: row.total })),
        },
      ],
    },
    { notMerge: true },
  );
  chart.on('click', (event) => {
    const row = byId.get(event.name);
    if (row)
      onDrill({ kind: 'country', id: row.id, from: state.from, to: state.to }, `Statements by ${row.name}`);
  });
}
