// The closed vocabulary of the graph (shared/DESIGN.md): the only labels and relationship types Cypher may name.
// Anything interpolated into Cypher must come from these unions, never from user input.

export const NODE_LABELS = [
  'Article',
  'Person',
  'Country',
  'Organization',
  'Place',
  'Agreement',
  'Meeting',
  'Statement',
  'Event',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const RELATIONSHIP_TYPES = [
  'REPRESENTS',
  'IN',
  'PARTY_TO',
  'SIGNED',
  'CONCLUDED_AT',
  'SIGNED_IN',
  'ATTENDED',
  'HELD_IN',
  'SAID',
  'ABOUT',
  'VIA',
  'MENTIONED_IN',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export function isNodeLabel(value: string): value is NodeLabel {
  return (NODE_LABELS as readonly string[]).includes(value);
}
