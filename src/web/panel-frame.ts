// A dashboard or explorer panel: a titled section whose body the panel draws, a message line for empty results and
// errors, and a "Query" tab that shows the panel's GraphQL query and variables with a button to copy them.
import type { PanelQuery } from './panel-queries.ts';

export interface PanelFrame {
  root: HTMLElement;
  body: HTMLElement;
  /** Shows a message in place of the body (an error when `error`), or clears it. */
  message(text: string | null, error?: boolean): void;
  /** The query and variables the "Query" tab shows (the last ones run), and any other query run with them. */
  showQuery(query: PanelQuery, variables: Record<string, unknown>, also?: PanelQuery): void;
  busy(on: boolean): void;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

export function createPanelFrame(
  parent: HTMLElement,
  id: string,
  title: string,
  description: string,
): PanelFrame {
  const body = el('div', { class: 'panel-body' });
  const note = el('p', { class: 'panel-message', role: 'status', hidden: '' });
  const code = el('pre', { class: 'panel-query' });
  const copy = el('button', { type: 'button', class: 'copy' }, 'Copy');
  const queryView = el('div', { class: 'panel-query-view', hidden: '' }, copy, code);
  const toggle = el('button', { type: 'button', class: 'query-toggle', 'aria-expanded': 'false' }, 'Query');
  const root = el(
    'section',
    { class: 'panel', id, 'data-state': 'loading' },
    el('header', {}, el('h2', {}, title), toggle),
    el('p', { class: 'panel-description' }, description),
    note,
    body,
    queryView,
  );
  parent.append(root);
  toggle.addEventListener('click', () => {
    const open = queryView.hidden;
    queryView.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
  });
  copy.addEventListener('click', () => {
    void navigator.clipboard?.writeText(code.textContent ?? '').then(
      () => (copy.textContent = 'Copied'),
      () => (copy.textContent = 'Select and copy'),
    );
  });
  return {
    root,
    body,
    message(text, error = false) {
      note.hidden = text === null;
      note.textContent = text ?? '';
      note.classList.toggle('error', error);
      root.dataset.state = error ? 'error' : text === null ? 'ready' : 'empty';
      body.hidden = error;
    },
    showQuery(query, variables, also) {
      const queries = also ? `${query.query}\n\n${also.query}` : query.query;
      code.textContent = `${queries}\n\n# variables\n${JSON.stringify(variables, null, 2)}`;
      copy.textContent = 'Copy';
    },
    busy(on) {
      root.classList.toggle('busy', on);
      if (on) root.dataset.state = 'loading';
    },
  };
}
