import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { indexDataset } from '../../../domain/dataset';
import { parseDataset } from '../../../domain/parseDataset';
import { formatClock, readMessage } from './channel';
import { escapeHtml, storyHtml } from './exportHtml';
import { INITIAL_KEY_STATE, pressKey, type PresenterActions } from './keys';
import { analystSearch, consoleSearch, presentSearch, routeOf } from './route';
import { sceneContent } from './sceneContent';

const key = (k: string) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false });
function actions(): PresenterActions & Record<string, ReturnType<typeof vi.fn>> {
  const names = ['next', 'previous', 'first', 'last', 'jump', 'toggleFullscreen', 'blank', 'exit', 'cycleTheme'];
  return Object.fromEntries(names.map((n) => [n, vi.fn()])) as never;
}

describe('presenter keys', () => {
  it('maps clicker and arrow keys to next and previous', () => {
    const a = actions();
    for (const k of ['ArrowRight', ' ', 'PageDown']) pressKey(INITIAL_KEY_STATE, key(k), a);
    for (const k of ['ArrowLeft', 'PageUp']) pressKey(INITIAL_KEY_STATE, key(k), a);
    pressKey(INITIAL_KEY_STATE, key('Home'), a);
    pressKey(INITIAL_KEY_STATE, key('End'), a);
    pressKey(INITIAL_KEY_STATE, key('Escape'), a);
    expect(a.next).toHaveBeenCalledTimes(3);
    expect(a.previous).toHaveBeenCalledTimes(2);
    expect(a.first).toHaveBeenCalledTimes(1);
    expect(a.last).toHaveBeenCalledTimes(1);
    expect(a.exit).toHaveBeenCalledTimes(1);
  });
  it('jumps to a typed number on Enter', () => {
    const a = actions();
    let s = pressKey(INITIAL_KEY_STATE, key('1'), a).state;
    s = pressKey(s, key('2'), a).state;
    expect(s.typed).toBe('12');
    s = pressKey(s, key('Enter'), a).state;
    expect(a.jump).toHaveBeenCalledWith(12);
    expect(s.typed).toBe('');
  });
  it('blanks the screen, and any key only brings it back', () => {
    const a = actions();
    let s = pressKey(INITIAL_KEY_STATE, key('b'), a).state;
    expect(s.blank).toBe(true);
    const r = pressKey(s, key('ArrowRight'), a);
    s = r.state;
    expect(r.handled).toBe(true);
    expect(s.blank).toBe(false);
    expect(a.next).not.toHaveBeenCalled();
  });
  it('leaves keys with modifiers to the browser', () => {
    const a = actions();
    expect(pressKey(INITIAL_KEY_STATE, { ...key('f'), ctrlKey: true }, a).handled).toBe(false);
    expect(a.toggleFullscreen).not.toHaveBeenCalled();
  });
});

describe('routes', () => {
  it('reads the page from the address', () => {
    expect(routeOf('')).toEqual({ page: 'dashboard' });
    expect(routeOf('?present=1')).toEqual({ page: 'present', scene: null });
    expect(routeOf('?present=1&scene=3')).toEqual({ page: 'present', scene: 3 });
    expect(routeOf('?present=1&scene=x')).toEqual({ page: 'present', scene: null });
    expect(routeOf('?console=1&data=d.json')).toEqual({ page: 'console' });
  });
  it('writes addresses that keep the dataset', () => {
    expect(presentSearch(null, 2)).toBe('?present=1&scene=2');
    expect(presentSearch('d.json', 1)).toBe('?data=d.json&present=1&scene=1');
    expect(consoleSearch(null)).toBe('?console=1');
    expect(analystSearch('d.json', { event: 'e', from: '2025-08-01', to: '2025-08-02' })).toBe('?data=d.json&event=e&from=2025-08-01&to=2025-08-02');
    expect(analystSearch(null)).toBe('?');
  });
});

describe('channel messages', () => {
  it('accepts only well-formed messages about this dataset', () => {
    expect(readMessage({ type: 'go', data: 'd', scene: 2 }, 'd')).toEqual({ type: 'go', data: 'd', scene: 2 });
    expect(readMessage({ type: 'go', data: 'other', scene: 2 }, 'd')).toBeNull();
    expect(readMessage({ type: 'go', data: 'd', scene: '2' }, 'd')).toBeNull();
    expect(readMessage({ type: 'hello', data: 'd', role: 'spy' }, 'd')).toBeNull();
    expect(readMessage({ type: 'state', data: 'd', state: { scene: 1, count: 7, blank: false, startedAt: 5 } }, 'd')).not.toBeNull();
    expect(readMessage('hi', 'd')).toBeNull();
  });
  it('formats the clock', () => {
    expect(formatClock(65_000)).toBe('01:05');
    expect(formatClock(3_725_000)).toBe('1:02:05');
    expect(formatClock(-5)).toBe('00:00');
  });
});

describe('story export', () => {
  it('escapes everything that comes from the data', () => {
    const html = storyHtml({
      title: '<script>alert(1)</script>',
      scenes: [{ caption: 'A & B <img src=x onerror=alert(1)>', quote: '"quoted"', citation: "it's" }],
    });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('A &amp; B &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&quot;quoted&quot;');
    expect(escapeHtml(`<'&">`)).toBe('&lt;&#39;&amp;&quot;&gt;');
  });
});

describe('scene content', () => {
  const raw = JSON.parse(readFileSync(new URL('../../../../public/data/builtin.json', import.meta.url), 'utf8')) as unknown;
  const dataset = parseDataset(raw).value!;
  const index = indexDataset(dataset);
  it('gives the excerpt and its citation for a scene of the built-in story', () => {
    const scene = dataset.scenes!.find((s) => s.event === 'treaty-signed')!;
    const c = sceneContent(index, scene, 'en-GB');
    expect(c.quote).toContain('19 июня 2024 года');
    expect(c.when).toBe('19 Jun 2024');
    expect(c.citation).toBe('Ким Чен Ын в телефонном разговоре заверил Путина в поддержке России · 13 Aug 2025, 10:15 UTC+3');
  });
});
