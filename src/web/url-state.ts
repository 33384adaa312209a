// The dashboard's and explorer's state as URL query parameters, both ways, so a view can be bookmarked and sent.
// Pure: parses URLSearchParams into a state plus readable problems (never throws), and writes a state back.
import { isIsoDate } from '../domain/iso-date.ts';
import type { Interval, RelationshipType } from './panel-queries.ts';
import { RELATIONSHIP_TYPES } from './panel-queries.ts';

/** What a click on a mark selected; its statements are listed below the panels. */
export type Drill =
  | { kind: 'pair'; from: string; to: string }
  | { kind: 'speaker' | 'country' | 'about'; id: string; from?: string; to?: string };

export interface DashboardState {
  a: string;
  b: string;
  from?: string;
  to?: string;
  interval: Interval;
  drill?: Drill;
}

export interface ExploreState {
  node?: string;
  /** Nodes expanded besides the first, in click order. */
  expanded: string[];
  selected?: string;
  types?: RelationshipType[];
  from?: string;
  to?: string;
  /** Most neighbours per expansion (1..2000). */
  limit?: number;
}

export interface Problem {
  param: string;
  message: string;
}

export interface Parsed<T> {
  state: T;
  /** Readable messages about parameters that are wrong, by parameter name. */
  problems: Problem[];
}

export const DEFAULT_PAIR = { a: 'USA', b: 'CHN' } as const;
/** The most neighbours one expansion may draw (the neighbourhood query's own cap). */
export const MAX_NEIGHBOURS = 2000;
const COUNTRY = /^[A-Z]{3}$/;

/** A YYYY-MM-DD string that is a real calendar day: the server's own test (domain/), bundled in. */
export const isCalendarDate = isIsoDate;

function readDate(
  params: URLSearchParams,
  name: string,
  label: string,
  problems: Problem[],
): string | undefined {
  const value = params.get(name)?.trim();
  if (!value) return undefined;
  if (isCalendarDate(value)) return value;
  problems.push({
    param: name,
    message: `The ${label} date "${truncate(value)}" is not a day written YYYY-MM-DD.`,
  });
  return undefined;
}

function truncate(value: string, max = 40): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

export function parseDashboardState(params: URLSearchParams): Parsed<DashboardState> {
  const problems: Problem[] = [];
  // Unknown but well-formed country codes are kept: the panel's query says "no country has the id ...".
  const country = (name: 'a' | 'b'): string => {
    const value = params.get(name)?.trim().toUpperCase();
    if (!value) return DEFAULT_PAIR[name];
    if (COUNTRY.test(value)) return value;
    problems.push({
      param: name,
      message: `"${truncate(params.get(name) ?? '')}" is not a country code (three letters, ISO 3166-1 alpha-3 such as USA).`,
    });
    return DEFAULT_PAIR[name];
  };
  const interval = params.get('interval')?.toUpperCase() === 'WEEK' ? 'WEEK' : 'MONTH';
  const state: DashboardState = { a: country('a'), b: country('b'), interval };
  const from = readDate(params, 'from', 'start', problems);
  const to = readDate(params, 'to', 'end', problems);
  if (from) state.from = from;
  if (to) state.to = to;
  const drill = parseDrill(params);
  if (drill) state.drill = drill;
  return { state, problems };
}

function parseDrill(params: URLSearchParams): Drill | undefined {
  const kind = params.get('drill');
  const from = params.get('dfrom') ?? undefined;
  const to = params.get('dto') ?? undefined;
  const validRange = (!from || isCalendarDate(from)) && (!to || isCalendarDate(to));
  if (!validRange) return undefined;
  if (kind === 'pair' && from && to) return { kind, from, to };
  const id = params.get('id')?.trim();
  if ((kind === 'speaker' || kind === 'country' || kind === 'about') && id && id.length <= 200) {
    return { kind, id, ...(from ? { from } : {}), ...(to ? { to } : {}) };
  }
  return undefined;
}

export function dashboardSearch(state: DashboardState): string {
  const params = new URLSearchParams({ a: state.a, b: state.b });
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  params.set('interval', state.interval.toLowerCase());
  const drill = state.drill;
  if (drill) {
    params.set('drill', drill.kind);
    if (drill.kind !== 'pair') params.set('id', drill.id);
    if (drill.from) params.set('dfrom', drill.from);
    if (drill.to) params.set('dto', drill.to);
  }
  return `?${params.toString()}`;
}

export function parseExploreState(params: URLSearchParams): Parsed<ExploreState> {
  const problems: Problem[] = [];
  const ids = (value: string | null) =>
    (value ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== '' && id.length <= 200);
  const state: ExploreState = { expanded: ids(params.get('expand')).slice(0, 50) };
  const node = params.get('node')?.trim();
  if (node) state.node = node.slice(0, 200);
  const selected = params.get('sel')?.trim();
  if (selected) state.selected = selected.slice(0, 200);
  const typesParam = params.get('types');
  if (typesParam !== null) {
    const known = new Set<string>(RELATIONSHIP_TYPES);
    const asked = ids(typesParam.toUpperCase());
    const unknown = asked.filter((type) => !known.has(type));
    if (unknown.length > 0) {
      problems.push({
        param: 'types',
        message: `Unknown relationship type ${unknown.map((t) => `"${truncate(t)}"`).join(', ')}; known: ${RELATIONSHIP_TYPES.join(', ')}.`,
      });
    }
    state.types = asked.filter((type): type is RelationshipType => known.has(type));
  }
  const from = readDate(params, 'from', 'start', problems);
  const to = readDate(params, 'to', 'end', problems);
  if (from) state.from = from;
  if (to) state.to = to;
  const limit = params.get('limit');
  if (limit !== null) {
    const value = Number(limit);
    if (Number.isInteger(value) && value >= 1 && value <= MAX_NEIGHBOURS) state.limit = value;
    else
      problems.push({
        param: 'limit',
        message: `limit must be a whole number from 1 to ${MAX_NEIGHBOURS} (got "${truncate(limit)}").`,
      });
  }
  return { state, problems };
}

export function exploreSearch(state: ExploreState): string {
  const params = new URLSearchParams();
  if (state.node) params.set('node', state.node);
  if (state.expanded.length > 0) params.set('expand', state.expanded.join(','));
  if (state.selected) params.set('sel', state.selected);
  if (state.types) params.set('types', state.types.join(','));
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.limit) params.set('limit', String(state.limit));
  const search = params.toString();
  return search ? `?${search}` : '';
}
