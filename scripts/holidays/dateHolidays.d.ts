// Types for the scripts and tests (tsconfig.node.json), which do not see src/extract/*.d.ts.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- an ambient module file, not importable by path
/// <reference path="../../node_modules/date-holidays-parser/types/index.d.ts" />

// date-holidays' data entry has no types of its own; pickHolidays.ts reads it as HolidayData.
declare module 'date-holidays/data' {
  export const data: unknown;
}
