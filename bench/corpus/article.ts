// Writes one synthetic article from a Story: headline, dateline (paper or wire style), lead, body
// paragraphs up to a word budget, photo caption and byline. Pure over the Rng.
import type { ArticleInput } from '../../src/domain/extraction-result.ts';
import { monthDay } from './dates.ts';
import { caption, CORE, LEADS, PARAGRAPHS, type Paragraph } from './paragraphs.ts';
import { DECKS, fill } from './phrases.ts';
import type { Rng } from './prng.ts';
import { cast, makeStory, possessive, type Cast, type Story } from './story.ts';
import type { World } from './world.ts';

export const MIN_PARAGRAPHS = 6;
export const MAX_PARAGRAPHS = 12;

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

function headline(s: Story, k: Cast): string {
  const A = s.a.name;
  const B = s.b.name;
  switch (s.kind) {
    case 'reaction':
      return `${A} says new ${s.slots.kind} with ${B} isn’t directed at ${s.c.name}`;
    case 'signing':
      return s.rng.chance(0.5)
        ? `${A} and ${B} sign ${s.agreement.kind}`
        : `${A}, ${B} sign ${s.slots.kind} at ${s.agreement.place} summit`;
    case 'summit':
      return `${k.headA.surname} and ${k.headB.surname} hold talks in ${s.meeting.place} on ${s.topic}`;
    case 'call':
      return `${possessive(A)} ${k.headA.surname} holds phone talks with ${B} counterpart`;
    case 'planned-visit':
      return `${k.headA.surname} to visit ${B} for talks on ${s.topic}`;
    case 'withdrawal':
      return `${A} pulls out of ${s.slots.kind} with ${B}`;
  }
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

function byline(s: Story, world: World, paperStyle: boolean, city: string): string {
  const reporter = world.reporters.sample(s.rng);
  if (paperStyle)
    return `By ${reporter}, staff reporter\n\nPlease direct questions or comments to [english@${slug(s.publisher)}.example]`;
  const editor = world.reporters.sample(s.rng);
  return `Reporting by ${reporter} in ${city}; Editing by ${editor}`;
}

/** Body paragraphs: the story's core, then fillers, until the word budget or the paragraph cap is reached. */
function body(s: Story, k: Cast, budget: number, lead: string): string[] {
  const paragraphs = [lead];
  let words = wordCount(lead);
  const order = [
    ...CORE[s.kind],
    ...s.rng.shuffle(Object.keys(PARAGRAPHS).filter((key) => !CORE[s.kind].includes(key))),
  ];
  for (const key of order) {
    if (paragraphs.length >= MAX_PARAGRAPHS) break;
    if (paragraphs.length >= MIN_PARAGRAPHS && words >= budget) break;
    const write: Paragraph = PARAGRAPHS[key]!;
    const paragraph = write(s, k);
    paragraphs.push(paragraph);
    words += wordCount(paragraph);
  }
  return paragraphs;
}

export function writeArticle(rng: Rng, world: World, id: string): ArticleInput & { id: string } {
  const s = makeStory(rng, world);
  const k = cast(s, world);
  const paperStyle = s.publisher !== s.agency.name && rng.chance(0.5);
  const title = headline(s, k);
  const city = s.kind === 'signing' ? s.agreement.place : s.meeting.place;
  const rawLead = LEADS[s.kind](s, k);
  const lead = paperStyle
    ? rawLead
    : `${city.toUpperCase()}, ${monthDay(s.date)} (${s.agency.name}) -- ${rawLead}`;
  const paragraphs = body(s, k, rng.between(450, 680), lead);

  const head: string[] = [title];
  if (paperStyle) {
    const time = `${String(rng.between(6, 22)).padStart(2, '0')}:${String(rng.int(60)).padStart(2, '0')}`;
    const stamp = [`Posted on : ${s.date} ${time} KST Modified on : ${s.date} ${time} KST`];
    stamp.push(
      fill(rng.pick(DECKS), { ...s.slots, title: 'The official' }).replace(
        /^The official said/,
        `The ${s.a.demonym} side said`,
      ),
    );
    if (rng.chance(0.7)) {
      const credits = ['Yonhap', 'AFP', 'Reuters', 'AP', 'pool photo'].filter((c) => c !== s.agency.name);
      stamp.push(caption(s, k, rng.pick(credits)));
    }
    head.push(stamp.join('\n'));
  } else if (rng.chance(0.4)) {
    paragraphs.splice(Math.min(3, paragraphs.length), 0, caption(s, k, 'pool photo'));
  }
  const text = [...head, ...paragraphs, byline(s, world, paperStyle, city)].join('\n\n');
  const url = `https://${slug(s.publisher)}.example/${s.date.replaceAll('-', '/')}/${slug(title)}`;
  return { id, title, url, publishedAt: s.date, publisher: s.publisher, text };
}
