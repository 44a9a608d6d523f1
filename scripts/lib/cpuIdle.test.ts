import { describe, expect, it } from 'vitest';
import { idleShare, waitForQuietMachine } from './cpuIdle.ts';

describe('idleShare', () => {
  it('is a share between 0 and 1', async () => {
    const idle = await idleShare(200);
    expect(idle).toBeGreaterThanOrEqual(0);
    expect(idle).toBeLessThanOrEqual(1);
  });

  it('stops waiting at its limit', async () => {
    const { waitedMs } = await waitForQuietMachine(1.01, 0);
    expect(waitedMs).toBeLessThan(3000);
  });
});
