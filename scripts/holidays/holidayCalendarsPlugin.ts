/**
 * A Vite plugin that builds date-holidays-parser with only the calendars the extractor's
 * holiday data uses, as the package's `holidays2json --min` would, but at bundling time and
 * without rewriting node_modules. The parser's CalEventFactory marks each calendar with
 * `// #ifndef noX` … `// #endif`; the blocks whose switch is set are dropped, and with them
 * their imports (the equinox calendar alone pulls in moment-timezone's full zone table).
 * Two more imports are narrowed: the Julian calendar takes astronomia's `julian` module, not
 * the whole astronomy library through its index, and caldate and the parser get
 * moment-timezone without its zone table: the picked data carries no zones (see
 * pickHolidays.ts), so no zone is ever looked up.
 */
import type { Plugin } from 'vite';
import holidayData from '../../src/extract/holidayData.json' with { type: 'json' };
import { unusedCalendars, type HolidayData } from './pickHolidays.ts';

const FACTORY = /date-holidays-parser[\\/]src[\\/]CalEventFactory\.js$/u;
const JULIAN = /date-holidays-parser[\\/]src[\\/]Julian\.js$/u;
const ZONE_USERS = /node_modules[\\/](?:caldate|date-holidays-parser)[\\/]/u;

/** The source with every `#ifndef X … #endif` block whose X is in `drop` removed. */
export function dropCalendars(source: string, drop: ReadonlySet<string>): string {
  const out: string[] = [];
  let skipping: string | undefined;
  for (const line of source.split('\n')) {
    const open = /^\s*\/\/\s*#ifndef\s+(\w+)\s*$/u.exec(line);
    if (open && !skipping) {
      if (drop.has(open[1]!)) skipping = open[1];
      continue;
    }
    if (/^\s*\/\/\s*#endif\s*$/u.test(line)) {
      skipping = undefined;
      continue;
    }
    if (!skipping) out.push(line);
  }
  return out.join('\n');
}

export function holidayCalendarsOnly(): Plugin {
  const drop = unusedCalendars(holidayData as HolidayData);
  return {
    name: 'sourceline:holiday-calendars-only',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== 'moment-timezone' || !importer || !ZONE_USERS.test(importer)) return null;
      return this.resolve('moment-timezone/moment-timezone.js', importer, { skipSelf: true });
    },
    transform(code, id) {
      if (JULIAN.test(id)) {
        const narrowed = code.replace("import { julian } from 'astronomia'", "import julian from 'astronomia/julian'");
        if (narrowed === code) this.warn('date-holidays-parser Julian.js no longer imports { julian } from astronomia: all of astronomia is bundled');
        return { code: narrowed, map: null };
      }
      if (!FACTORY.test(id)) return null;
      if (!/#ifndef/u.test(code)) this.warn('date-holidays-parser CalEventFactory has no #ifndef switches any more: every calendar is bundled');
      return { code: dropCalendars(code, drop), map: null };
    },
  };
}
