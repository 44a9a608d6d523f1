// date-holidays-parser ships its types as an ambient module that its package.json "exports" does
// not point to, so TypeScript's bundler resolution cannot find them on its own.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- an ambient module file, not importable by path
/// <reference path="../../node_modules/date-holidays-parser/types/index.d.ts" />
