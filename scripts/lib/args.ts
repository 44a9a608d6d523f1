/**
 * Small helpers for script command lines: parse with node:util, and turn any misuse
 * into one clear line on stderr and a non-zero exit instead of a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {
  override name = 'UsageError';
}

/** An expected failure (a missing build, no browser) whose message says it all: printed without a stack. */
export class ScriptError extends Error {
  override name = 'ScriptError';
}

export function parseCommandLine<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** A whole number in [min, max], or a UsageError naming the option. */
export function integerOption(name: string, raw: string | undefined, min: number, max: number): number {
  if (raw === undefined) throw new UsageError(`--${name} is required`);
  const text = raw.replace(/_/g, '');
  if (!/^-?\d+$/.test(text)) throw new UsageError(`--${name} must be a whole number, got "${raw}"`);
  const n = Number(text);
  if (n < min || n > max) throw new UsageError(`--${name} must be from ${min} to ${max}, got ${n}`);
  return n;
}

/** Runs a script's main, printing usage errors without a stack and exiting non-zero on any failure. */
export function runMain(main: () => Promise<void> | void, usage: string): void {
  Promise.resolve()
    .then(main)
    .catch((e: unknown) => {
      if (e instanceof UsageError) {
        console.error(`error: ${e.message}\n\n${usage}`);
        process.exitCode = 2;
      } else if (e instanceof ScriptError || (e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string')) {
        // A system error (a path that cannot be written, a port in use) says all it needs to.
        console.error(`error: ${e.message}`);
        process.exitCode = 1;
      } else {
        console.error(e instanceof Error ? (e.stack ?? e.message) : e);
        process.exitCode = 1;
      }
    });
}
