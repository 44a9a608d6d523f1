import { readFileSync } from 'node:fs';

/**
 * Facts about the built-in dataset that the journeys check against. Ids, dates and the
 * time order are the spec (from the article, checked by hand); titles are read from the
 * file so that rewording a title does not break a journey.
 */

const file = new URL('../../public/data/builtin.json', import.meta.url);
const dataset = JSON.parse(readFileSync(file, 'utf8')) as { events: { id: string; title: string }[] };

export const BUILTIN_EVENT_COUNT = 12;

export type BuiltinEventId =
  | 'korea-liberated-1945'
  | 'treaty-signed'
  | 'phone-call'
  | 'kim-assures-support'
  | 'putin-praises-kpa'
  | 'putin-congratulates'
  | 'leaders-agree-contacts'
  | 'kremlin-reports-call'
  | 'kursk-liberated'
  | 'kcna-reports-call'
  | 'article-published'
  | 'liberation-80th';

export function titleOf(id: BuiltinEventId): string {
  const event = dataset.events.find((e) => e.id === id);
  if (!event) throw new Error(`The built-in dataset has no event "${id}"`);
  return event.title;
}

/**
 * The events in time order, as groups: events inside one group share a date (in the
 * article's terms) and may come in any order among themselves; ←/→ must walk the groups in
 * this order. kursk-liberated is "before 12 Aug 2025" and sorts with that day.
 */
export const TIME_ORDER: readonly (readonly BuiltinEventId[])[] = [
  ['korea-liberated-1945'],
  ['treaty-signed'],
  [
    'phone-call',
    'kim-assures-support',
    'putin-praises-kpa',
    'putin-congratulates',
    'leaders-agree-contacts',
    'kremlin-reports-call',
    'kursk-liberated',
  ],
  ['kcna-reports-call', 'article-published'],
  ['liberation-80th'],
];
