import { describe, expect, it } from 'vitest';
import { unreachableMessage } from './datasetQuery';

describe('unreachableMessage', () => {
  it('explains a failed fetch from another site as CORS, not "Failed to fetch" alone', () => {
    const m = unreachableMessage('https://other.example/data.json', 'Failed to fetch', 'https://sourceline.example/app/?data=x');
    expect(m).toContain('another site');
    expect(m).toContain('Access-Control-Allow-Origin');
    expect(m).toContain('https://other.example/data.json');
  });

  it('keeps the plain reason for the page’s own site', () => {
    expect(unreachableMessage('data/x.json', 'Failed to fetch', 'https://sourceline.example/app/')).toBe('Could not reach data/x.json: Failed to fetch');
  });
});
