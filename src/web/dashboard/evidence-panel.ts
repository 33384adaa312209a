// The drill-down: the statements behind the clicked mark, each with its speaker, role, quote (or paraphrase), the
// sentence it came from and the article that reported it; for a bucket of the relation chart, its coded events too.
import { EVIDENCE_QUERY, PAIR_EVENTS_QUERY, PAIR_EVIDENCE_QUERY, PANEL_LIMITS } from '../panel-queries.ts';
import { el, type PanelFrame } from '../panel-frame.ts';
import type { DashboardState, Drill } from '../url-state.ts';
import { runQuery } from '../graphql-client.ts';

export interface EvidenceStatement {
  id: string;
  date: string | null;
  quote: string | null;
  text: string;
  speakerName: string | null;
  speakerTitle: string | null;
  speakerCountry: { id: string; name: string } | null;
  articlesConnection: {
    totalCount: number;
    edges: {
      properties: { sentence: string | null };
      node: {
        id: string;
        title: string | null;
        url: string | null;
        publishedAt: string | null;
        publisher: string | null;
      };
    }[];
  };
}

export interface CodedAct {
  id: string;
  category: string;
  mode: string | null;
  intensity: number;
  date: string | null;
  day: string | null;
  trigger: string | null;
  source: { id: string; name: string | null };
  target: { id: string; name: string | null } | null;
  sentence: string;
  origin: { kind: string; name: string | null; quote: string | null } | null;
  article: {
    id: string;
    title: string | null;
    url: string | null;
    publishedAt: string | null;
    publisher: string | null;
  };
}

export async function loadEvidencePanel(
  frame: PanelFrame,
  state: DashboardState,
  drill: Drill,
  title: string,
  signal: AbortSignal,
): Promise<void> {
  frame.root.hidden = false;
  const heading = frame.root.querySelector('h2');
  if (heading) heading.textContent = title;
  let statements: EvidenceStatement[];
  let acts: CodedAct[] | null = null;
  if (drill.kind === 'pair') {
    const variables = {
      a: state.a,
      b: state.b,
      from: drill.from,
      to: drill.to,
      limit: PANEL_LIMITS.evidence,
    };
    frame.showQuery(PAIR_EVENTS_QUERY, variables, PAIR_EVIDENCE_QUERY);
    const [events, data] = await Promise.all([
      runQuery<{ aToB: CodedAct[]; bToA: CodedAct[] }>(PAIR_EVENTS_QUERY.query, variables, signal),
      runQuery<{ aToB: EvidenceStatement[]; bToA: EvidenceStatement[] }>(
        PAIR_EVIDENCE_QUERY.query,
        variables,
        signal,
      ),
    ]);
    acts = [...events.aToB, ...events.bToA].sort(
      (x, y) => (x.day ?? '').localeCompare(y.day ?? '') || x.id.localeCompare(y.id),
    );
    statements = [...data.aToB, ...data.bToA].sort((x, y) => (x.date ?? '').localeCompare(y.date ?? ''));
  } else {
    const variables = {
      [drill.kind]: drill.id,
      ...(drill.from ? { from: drill.from } : {}),
      ...(drill.to ? { to: drill.to } : {}),
      limit: PANEL_LIMITS.evidence,
    };
    frame.showQuery(EVIDENCE_QUERY, variables);
    const data = await runQuery<{ evidenceStatements: EvidenceStatement[] }>(
      EVIDENCE_QUERY.query,
      variables,
      signal,
    );
    statements = data.evidenceStatements;
  }
  frame.root.dataset.marks = String(statements.length);
  frame.root.dataset.events = String(acts?.length ?? 0);
  const nothing = statements.length === 0 && (acts?.length ?? 0) === 0;
  frame.message(nothing ? 'Nothing here: no event and no statement in this range.' : null);
  const parts: HTMLElement[] = [];
  if (acts && acts.length > 0)
    parts.push(el('h3', {}, `Events (${acts.length})`), el('ol', { class: 'events' }, ...acts.map(actItem)));
  if (acts && statements.length > 0) parts.push(el('h3', {}, `Statements (${statements.length})`));
  parts.push(el('ol', { class: 'statements' }, ...statements.map(statementItem)));
  frame.body.replaceChildren(...parts);
  frame.body.hidden = nothing;
}

function articleLine(
  article: {
    id: string;
    title: string | null;
    url: string | null;
    publishedAt: string | null;
    publisher: string | null;
  },
  others = 0,
): HTMLElement {
  const titleText = article.title ?? article.id;
  return el(
    'p',
    { class: 'article' },
    article.url
      ? el(
          'a',
          { href: article.url, rel: 'noopener noreferrer', target: '_blank', class: 'article-title' },
          titleText,
        )
      : el('span', { class: 'article-title' }, titleText),
    ` · ${article.publishedAt ?? 'date unknown'}`,
    article.publisher ? ` · ${article.publisher}` : '',
    article.url ? el('span', { class: 'url' }, ` · ${article.url}`) : null,
    others > 0 ? ` · and ${others} more article${others > 1 ? 's' : ''}` : '',
  );
}

function actItem(act: CodedAct): HTMLElement {
  const score = `${act.intensity > 0 ? '+' : ''}${act.intensity.toFixed(1)}`;
  const quote = act.origin?.kind === 'statement' ? act.origin.quote : null;
  return el(
    'li',
    { class: `event ${act.intensity >= 0 ? 'cooperation' : 'conflict'}`, 'data-id': act.id },
    el(
      'div',
      { class: 'who' },
      el('strong', { class: 'category' }, `${act.category}${act.mode ? `/${act.mode}` : ''} ${score}`),
      ` · ${act.source.name ?? act.source.id} → ${act.target?.name ?? act.target?.id ?? '?'}`,
      el('span', { class: 'date' }, ` · ${act.day ?? act.date ?? 'undated'}`),
      act.trigger ? el('span', { class: 'role' }, ` · “${act.trigger}”`) : null,
    ),
    quote ? el('blockquote', { class: 'quote' }, `“${quote}”`) : null,
    el('p', { class: 'sentence' }, act.sentence),
    articleLine(act.article),
  );
}

function statementItem(s: EvidenceStatement): HTMLElement {
  const edge = s.articlesConnection.edges[0];
  const article = edge?.node;
  const role = [s.speakerTitle, s.speakerCountry?.name].filter(Boolean).join(', ');
  return el(
    'li',
    { class: 'statement', 'data-id': s.id },
    el(
      'div',
      { class: 'who' },
      el('strong', { class: 'speaker' }, s.speakerName ?? 'unknown speaker'),
      role ? el('span', { class: 'role' }, ` · ${role}`) : null,
      el('span', { class: 'date' }, ` · ${s.date ?? 'undated'}`),
    ),
    s.quote ? el('blockquote', { class: 'quote' }, `“${s.quote}”`) : el('p', { class: 'paraphrase' }, s.text),
    edge?.properties.sentence ? el('p', { class: 'sentence' }, edge.properties.sentence) : null,
    article ? articleLine(article, s.articlesConnection.totalCount - 1) : null,
  );
}
