// A ceasefire told with no sides ("the ceasefire") beside the article's one other deal, which says only who made it
// or that it ends the fighting, is that deal's truce: one agreement. A deal of its own subject stays apart.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const names = (text: string): string[] =>
  extract(text, { publishedAt: '2024-03-02' }).agreements.map((a) => a.name);

describe('a sideless ceasefire beside the one deal that brought it', () => {
  it.each([
    [
      'a deal to halt the fighting, then the ceasefire the commanders agreed to',
      'Guns fall silent in the north\nA deal to halt the fighting has been reached, the Ghanaian foreign minister said on Saturday. Rebel commanders said they agreed to the ceasefire, which takes effect on Sunday.',
    ],
    [
      'an agreement to end hostilities, then the nationwide truce',
      'Fighting to stop at midnight\nAn agreement to end hostilities in the long civil war has been reached, the Kenyan president said today. The army said it agreed to the nationwide truce, which begins at midnight.',
    ],
  ])('is one agreement: %s', (_shape, text) => {
    expect(names(text)).toHaveLength(1);
  });

  it('stays apart from a deal of its own subject', () => {
    const text =
      'Truce in the valley holding, monitors say\nThe gas deal brokered between Paris and Berlin was endorsed by the regional council late on Friday. Monitors said that all armed groups who had agreed to the ceasefire appeared to have laid down their guns.';
    expect(names(text)).toHaveLength(2);
  });
});
