import { spawn, type ChildProcess } from 'node:child_process';

/**
 * The team server as a child process for load runs: one node process (tsx loaded in it,
 * not its wrapper CLI), so that SIGKILL kills the server itself, mid-transaction.
 */

export interface ServerProcess {
  readonly child: ChildProcess;
  readonly url: string;
}

export function startServer(env: Record<string, string>, port: number): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Sourceline server on')) resolve({ child, url: `http://127.0.0.1:${port}` });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before it listened:\n${output}`)));
    setTimeout(() => reject(new Error(`the server did not listen within 60 s:\n${output}`)), 60_000).unref();
  });
}

export function killServer(server: ServerProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null || server.child.signalCode !== null) return resolve();
    server.child.once('exit', () => resolve());
    server.child.kill(signal);
  });
}
