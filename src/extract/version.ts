/** Recorded in the provenance of every extracted event; bump when results can change. */
export const EXTRACTOR_VERSION = 'sourceline-extract/0.1.0';
