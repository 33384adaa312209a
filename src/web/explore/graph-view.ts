// The explorer's graph drawing: cytoscape.js (canvas) with nodes coloured by label and edges by relationship type.
// Merges neighbourhoods as they are expanded; lays out the first one with a force layout when small, concentric
// rings when large, and places an expansion's new nodes in a ring around the node that was clicked.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';

export interface GraphNode {
  id: string;
  kind: string;
  label: string;
  date: string | null;
}
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
}

export const NODE_COLOURS: Record<string, string> = {
  Person: '#2563eb',
  Country: '#dc2626',
  Organization: '#7c3aed',
  Place: '#0891b2',
  Agreement: '#16a34a',
  Meeting: '#ea580c',
  Statement: '#64748b',
  Article: '#a16207',
};
export const EDGE_COLOURS: Record<string, string> = {
  REPRESENTS: '#2563eb',
  IN: '#0891b2',
  PARTY_TO: '#16a34a',
  SIGNED: '#15803d',
  CONCLUDED_AT: '#65a30d',
  SIGNED_IN: '#0d9488',
  ATTENDED: '#ea580c',
  HELD_IN: '#f59e0b',
  SAID: '#475569',
  ABOUT: '#db2777',
  VIA: '#7c3aed',
  MENTIONED_IN: '#a16207',
};

const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';

/** Above this many nodes: no force layout, labels only when zoomed in, edges hidden while panning. */
const LARGE = 300;

export function createGraphView(container: HTMLElement, onTap: (id: string) => void): GraphView {
  // cytoscape injects a <style> giving its container position: relative unless an element with this id exists;
  // the CSP forbids inline styles and web.css already sets it.
  if (!document.getElementById(CYTOSCAPE_STYLESHEET_ID)) {
    document.head.append(Object.assign(document.createElement('meta'), { id: CYTOSCAPE_STYLESHEET_ID }));
  }
  const cy = cytoscape({
    container,
    minZoom: 0.05,
    maxZoom: 4,
    // Panning and zooming thousands of elements stays smooth when edges are hidden during the gesture.
    hideEdgesOnViewport: true,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': (node) => NODE_COLOURS[node.data('kind') as string] ?? '#94a3b8',
          label: 'data(short)',
          'font-size': 10,
          color: '#0f172a',
          'text-valign': 'bottom',
          'text-margin-y': 3,
          width: 14,
          height: 14,
          'min-zoomed-font-size': 7,
        },
      },
      // Statements are many and long: their words show on hover and selection, and in the details.
      { selector: 'node[kind = "Statement"]', style: { label: '', width: 9, height: 9 } },
      {
        selector: 'node[kind = "Statement"]:selected, node[kind = "Statement"].hover',
        style: { label: 'data(short)' },
      },
      {
        selector: 'node[?expanded]',
        style: { width: 22, height: 22, 'border-width': 2, 'border-color': '#0f172a' },
      },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f59e0b' } },
      {
        selector: 'edge',
        style: {
          width: 1.2,
          'line-color': (edge) => EDGE_COLOURS[edge.data('type') as string] ?? '#cbd5e1',
          'target-arrow-color': (edge) => EDGE_COLOURS[edge.data('type') as string] ?? '#cbd5e1',
          'target-arrow-shape': 'triangle',
          'arrow-scale': 0.6,
          'curve-style': 'haystack',
          opacity: 0.7,
        },
      },
    ],
  });
  cy.on('tap', 'node', (event) => onTap(event.target.id() as string));
  cy.on('mouseover', 'node', (event) => event.target.addClass('hover'));
  cy.on('mouseout', 'node', (event) => event.target.removeClass('hover'));
  return new GraphView(cy);
}

export class GraphView {
  constructor(readonly cy: Core) {}

  clear(): void {
    this.cy.elements().remove();
  }

  /** Adds what is new of a neighbourhood; returns how many nodes were added. */
  merge(center: GraphNode, nodes: GraphNode[], edges: GraphEdge[]): number {
    const cy = this.cy;
    const first = cy.nodes().length === 0;
    const added: ElementDefinition[] = [];
    for (const node of [center, ...nodes]) {
      if (cy.getElementById(node.id).nonempty() || added.some((x) => x.data.id === node.id)) continue;
      added.push({ group: 'nodes', data: { ...node, short: shorten(node.label) } });
    }
    for (const edge of edges) {
      if (cy.getElementById(edge.id).empty()) added.push({ group: 'edges', data: { ...edge } });
    }
    const large = cy.nodes().length + added.length > LARGE;
    cy.batch(() => {
      const centerNode = cy.getElementById(center.id);
      const origin = centerNode.nonempty() ? centerNode.position() : { x: 0, y: 0 };
      const newElements = cy.add(added);
      newElements.nodes().positions(() => ({ x: origin.x, y: origin.y }));
      cy.getElementById(center.id).data('expanded', true);
      cy.style()
        .selector('edge')
        .style({ 'target-arrow-shape': large ? 'none' : 'triangle' })
        .update();
      const newNodes = newElements.nodes().filter((n) => n.id() !== center.id);
      if (!first && newNodes.nonempty()) {
        // A ring around the expanded node, wider for more nodes (a circle layout puts a lone node on its centre).
        const radius = 70 + newNodes.length * 3;
        newNodes.forEach((node, i) => {
          const angle = (2 * Math.PI * i) / newNodes.length - Math.PI / 2;
          node.position({ x: origin.x + radius * Math.cos(angle), y: origin.y + radius * Math.sin(angle) });
        });
      }
    });
    if (first) {
      const layout =
        cy.nodes().length > LARGE
          ? {
              name: 'concentric',
              animate: false,
              minNodeSpacing: 6,
              concentric: (n: cytoscape.NodeSingular) =>
                n.data('expanded') ? 10 : kindRing(n.data('kind') as string),
              levelWidth: () => 1,
            }
          : {
              name: 'cose',
              animate: false,
              nodeRepulsion: () => 9000,
              idealEdgeLength: () => 70,
              numIter: 600,
              randomize: true,
            };
      cy.layout(layout as cytoscape.LayoutOptions).run();
      cy.fit(undefined, 30);
    }
    return added.filter((x) => x.group === 'nodes').length;
  }

  select(id: string | undefined): void {
    this.cy.$(':selected').unselect();
    if (id) this.cy.getElementById(id).select();
  }

  counts(): { nodes: number; edges: number } {
    return { nodes: this.cy.nodes().length, edges: this.cy.edges().length };
  }
}

function kindRing(kind: string): number {
  return (
    { Country: 8, Person: 7, Organization: 6, Agreement: 5, Meeting: 4, Place: 3, Statement: 2 }[kind] ?? 1
  );
}

function shorten(label: string): string {
  return label.length > 28 ? `${label.slice(0, 27)}…` : label;
}
