// Every (start label, type, end label) the writer may create: a closed list, so the write query is one
// constant text (cached plan) and labels in Cypher never come from input.
import type { NodeLabel, RelationshipType } from '../domain/graph-schema.ts';

export interface RelationshipGroup {
  key: string;
  from: NodeLabel;
  type: RelationshipType;
  to: NodeLabel;
}

const group = (from: NodeLabel, type: RelationshipType, to: NodeLabel): RelationshipGroup => ({
  key: `${from}_${type}_${to}`,
  from,
  type,
  to,
});

export const RELATIONSHIP_GROUPS: readonly RelationshipGroup[] = [
  group('Person', 'REPRESENTS', 'Country'),
  group('Person', 'REPRESENTS', 'Organization'),
  group('Place', 'IN', 'Country'),
  group('Organization', 'IN', 'Country'),
  group('Country', 'PARTY_TO', 'Agreement'),
  group('Organization', 'PARTY_TO', 'Agreement'),
  group('Person', 'SIGNED', 'Agreement'),
  group('Agreement', 'CONCLUDED_AT', 'Meeting'),
  group('Agreement', 'SIGNED_IN', 'Place'),
  group('Person', 'ATTENDED', 'Meeting'),
  group('Country', 'ATTENDED', 'Meeting'),
  group('Organization', 'ATTENDED', 'Meeting'),
  group('Meeting', 'HELD_IN', 'Place'),
  group('Person', 'SAID', 'Statement'),
  group('Country', 'SAID', 'Statement'),
  group('Organization', 'SAID', 'Statement'),
  group('Statement', 'ABOUT', 'Agreement'),
  group('Statement', 'ABOUT', 'Meeting'),
  group('Statement', 'ABOUT', 'Country'),
  group('Statement', 'ABOUT', 'Person'),
  group('Statement', 'ABOUT', 'Organization'),
  group('Statement', 'VIA', 'Organization'),
];
// An event's ACTED, TOWARD and FROM are its own (the event belongs to one article and goes with it): they are
// written with the event's node (WRITE_NODES), not counted here: no article shares them.

export function relationshipGroupKey(from: NodeLabel, type: RelationshipType, to: NodeLabel): string {
  return `${from}_${type}_${to}`;
}
