// The stored shape of a coded event: its facts plus the day, week and month it counts in, kept on the node so a
// time series per dyad, country or category is one index seek and a grouping, never a traversal. Pure.
import type { EventItem } from '../domain/event-item.ts';

/**
 * The day an event counts on: its own date when it has a day; a month or year that holds the article's date
 * takes the article's day (a "June" act in a June article happened by then); else the period's first day.
 */
export function eventDay(date: string | null, publishedAt: string | null): string | null {
  if (date === null) return publishedAt;
  if (date.length === 10) return date;
  if (publishedAt !== null && publishedAt.startsWith(date)) return publishedAt;
  return date.length === 7 ? `${date}-01` : `${date}-01-01`;
}

/** The Monday of the ISO week of a YYYY-MM-DD day, as YYYY-MM-DD. */
export function weekOf(day: string): string {
  const t = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  const weekday = (new Date(t).getUTCDay() + 6) % 7;
  return new Date(t - weekday * 86_400_000).toISOString().slice(0, 10);
}

/** `fromId`: the id of the event's origin node (statement, meeting or agreement), null when it has none. */
export function eventProps(
  event: EventItem,
  publishedAt: string | null,
  fromId: string | null,
): Record<string, unknown> {
  const day = eventDay(event.date, publishedAt);
  return {
    category: event.category,
    mode: event.mode,
    cameo: event.cameo,
    intensity: event.intensity,
    date: event.date,
    day,
    week: day === null ? null : weekOf(day),
    month: day === null ? null : day.slice(0, 7),
    modality: event.modality,
    // Aggregates count only asserted acts unless asked for all: one boolean keeps that filter inside the index.
    counted: event.modality === 'asserted',
    sourceId: event.source,
    targetId: event.target,
    sourceCountry: event.sourceCountry,
    targetCountry: event.targetCountry,
    trigger: event.trigger,
    fromKind: event.from.kind,
    fromId,
  };
}
