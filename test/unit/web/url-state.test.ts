// The dashboard's and explorer's URL state: what a bookmark brings back, and what a bad parameter says.
import { describe, expect, it } from 'vitest';
import {
  dashboardSearch,
  exploreSearch,
  isCalendarDate,
  parseDashboardState,
  parseExploreState,
  type DashboardState,
  type ExploreState,
} from '../../../src/web/url-state.ts';

const parse = (search: string) => parseDashboardState(new URLSearchParams(search));

describe('the dashboard URL', () => {
  it.each<DashboardState>([
    { a: 'RUS', b: 'PRK', from: '2024-01-01', to: '2024-12-31', interval: 'MONTH' },
    {
      a: 'USA',
      b: 'CHN',
      interval: 'WEEK',
      from: '2023-05-01',
      to: '2023-06-30',
      drill: { kind: 'pair', from: '2023-05-01', to: '2023-05-07' },
    },
    {
      a: 'IND',
      b: 'RUS',
      interval: 'MONTH',
      drill: { kind: 'speaker', id: 'person:narendra-modi', from: '2024-01-01', to: '2024-12-31' },
    },
    { a: 'IND', b: 'RUS', interval: 'MONTH', drill: { kind: 'about', id: 'agreement:new-start' } },
  ])('round-trips %j', (state) => {
    expect(parse(dashboardSearch(state))).toEqual({ state, problems: [] });
  });

  it('opens on the default pair by month with nothing in the URL', () => {
    expect(parse('')).toEqual({ state: { a: 'USA', b: 'CHN', interval: 'MONTH' }, problems: [] });
  });

  it.each([
    ['?from=2024-13-45', 'from', /"2024-13-45" is not a day/],
    ['?to=yesterday', 'to', /"yesterday" is not a day/],
    ['?from=2023-02-29', 'from', /not a day/],
    ['?a=Russia', 'a', /not a country code/],
    ['?b=%3Cscript%3E', 'b', /not a country code/],
  ])('says what is wrong with %s', (search, param, message) => {
    const { problems } = parse(search);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.param).toBe(param);
    expect(problems[0]!.message).toMatch(message);
  });

  it('keeps a well-formed code the graph may not know, for the panel to explain', () => {
    expect(parse('?a=xyz').state.a).toBe('XYZ');
  });

  it('cuts an overlong value in its message', () => {
    expect(parse(`?from=${'9'.repeat(5000)}`).problems[0]!.message.length).toBeLessThan(120);
  });

  it('ignores a drill-down it cannot read', () => {
    expect(parse('?drill=pair').state.drill).toBeUndefined();
    expect(parse('?drill=nonsense&id=x').state.drill).toBeUndefined();
    expect(parse('?drill=speaker&id=x&dfrom=2024-99-99').state.drill).toBeUndefined();
  });
});

describe('the explorer URL', () => {
  it.each<ExploreState>([
    { node: 'RUS', expanded: [] },
    {
      node: 'RUS',
      expanded: ['person:andrey-rudenko', 'PRK'],
      selected: 'PRK',
      types: ['SAID', 'ABOUT'],
      from: '2024-01-01',
      to: '2024-06-30',
    },
    { expanded: [] },
  ])('round-trips %j', (state) => {
    expect(parseExploreState(new URLSearchParams(exploreSearch(state)))).toEqual({ state, problems: [] });
  });

  it('keeps a neighbour limit from 1 to 2000 and says when it is out of range', () => {
    expect(parseExploreState(new URLSearchParams('?node=RUS&limit=2000')).state.limit).toBe(2000);
    const { state, problems } = parseExploreState(new URLSearchParams('?node=RUS&limit=99999'));
    expect(state.limit).toBeUndefined();
    expect(problems[0]!.message).toMatch(/1 to 2000/);
    expect(exploreSearch({ node: 'RUS', expanded: [], limit: 50 })).toBe('?node=RUS&limit=50');
  });

  it('drops unknown relationship types and says which', () => {
    const { state, problems } = parseExploreState(new URLSearchParams('?node=RUS&types=SAID,LIKES'));
    expect(state.types).toEqual(['SAID']);
    expect(problems[0]!.message).toMatch(/"LIKES"/);
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-1-01', false],
    ['', false],
  ])('%s -> %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});
