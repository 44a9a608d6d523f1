/**
 * UTC offsets of IANA zones from the runtime's time-zone data (Intl), so that an
 * assumed "Europe/Moscow" gives +04:00 in 2012 and +03:00 in 2025. Pure: the result
 * depends only on the arguments.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The zone's offset from UTC, in minutes, at a UTC instant. */
function offsetAtInstant(zone: string, utcMs: number): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(utcMs)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour! % 24, parts.minute!);
  return Math.round((wall - Math.floor(utcMs / 60_000) * 60_000) / 60_000);
}

/**
 * The offset in force in `zone` at a wall-clock time there; null for a zone the
 * runtime does not know. At a clock change the earlier offset wins.
 */
export function zoneOffsetAt(zone: string, year: number, month: number, day: number, hour = 12, minute = 0): number | null {
  try {
    const wall = Date.UTC(year, month - 1, day, hour, minute);
    const first = offsetAtInstant(zone, wall);
    const second = offsetAtInstant(zone, wall - first * 60_000);
    return first === second ? first : Math.max(first, second);
  } catch {
    return null;
  }
}

/** "+03:00", "-05:30"; "Z" for UTC, as the dataset format writes it. */
export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
