import type { Candidate } from './types';

/**
 * Keeps one reading of each stretch of text: the longest phrase wins ("19 июня 2024 года"
 * over "2024 года", "в ночь на 13 августа" over "13 августа"); between phrases of the same
 * length, the own rule wins over chrono-node. The result is sorted by position.
 */
export function selectMentions(candidates: readonly Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const chosen: Candidate[] = [];
  for (const c of ranked) {
    if (c.end <= c.start) continue;
    if (chosen.some((k) => c.start < k.end && k.start < c.end)) continue;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
