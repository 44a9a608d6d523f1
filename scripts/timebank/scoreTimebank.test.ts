/**
 * The regression floor on TimeBank: a sample of 40 documents spread over every source, read
 * in place from ../shared (CI has it beside the clone, so this must run, never skip). The
 * floors sit a little under the figures measured when they were last raised; raise them
 * when the extractor improves, never lower them to let a change through.
 */
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/extract/index.ts';
import { scoreTimebank } from './scoreTimebank.ts';

// Sample figures at this floor's last raise: calendar (dated mentions) value F1 88.5, strict 87.7;
// all types value F1 84.0; calendar counting every mention value F1 86.7.
const FLOOR = { calendarValueF1: 88, allValueF1: 83.5, calendarStrictF1: 87, calendarAllMentionsValueF1: 86 };

describe('TimeBank sample (40 documents)', () => {
  it('does not fall below the quoted figures', async () => {
    const { docs, figures } = await scoreTimebank(findMentions, { limit: 40 });
    expect(docs).toBe(40);
    expect(figures['calendar-dated'].valueF1).toBeGreaterThanOrEqual(FLOOR.calendarValueF1);
    expect(figures['calendar-dated'].strictF1).toBeGreaterThanOrEqual(FLOOR.calendarStrictF1);
    expect(figures.calendar.valueF1).toBeGreaterThanOrEqual(FLOOR.calendarAllMentionsValueF1);
    expect(figures.all.valueF1).toBeGreaterThanOrEqual(FLOOR.allValueF1);
  });
});
