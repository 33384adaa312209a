// The drill-down: the statements behind the clicked mark, each with its speaker, role, quote (or paraphrase), the
// sentence it came from and the article that reported it.
import { EVIDENCE_QUERY, PAIR_EVIDENCE_QUERY, PANEL_LIMITS } from '../panel-queries.ts';
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
  if (drill.kind === 'pair') {
    const variables = {
      a: state.a,
      b: state.b,
      from: drill.from,
      to: drill.to,
      limit: PANEL_LIMITS.evidence,
    };
    frame.showQuery(PAIR_EVIDENCE_QUERY, variables);
    const data = await runQuery<{ aToB: EvidenceStatement[]; bToA: EvidenceStatement[] }>(
      PAIR_EVIDENCE_QUERY.query,
      variables,
      signal,
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
  frame.message(
    statements.length === 0 ? 'No statement here: nothing was said about it in this range.' : null,
  );
  frame.body.replaceChildren(el('ol', { class: 'statements' }, ...statements.map(statementItem)));
  frame.body.hidden = statements.length === 0;
}

function statementItem(s: EvidenceStatement): HTMLElement {
  const edge = s.articlesConnection.edges[0];
  const article = edge?.node;
  const role = [s.speakerTitle, s.speakerCountry?.name].filter(Boolean).join(', ');
  const titleText = article?.title ?? article?.id ?? 'article';
  const others = s.articlesConnection.totalCount - 1;
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
    article
      ? el(
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
        )
      : null,
  );
}
