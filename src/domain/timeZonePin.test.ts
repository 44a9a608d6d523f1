import { expect, it } from 'vitest';

// Guards the test set-up itself: every unit test runs in Pacific/Chatham (UTC+13:45 in
// January), far from UTC, so code that slips into local time gives visibly wrong dates.
it('runs in the pinned time zone', () => {
  expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('Pacific/Chatham');
  expect(new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset()).toBe(-825);
});
