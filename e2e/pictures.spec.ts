import { readFileSync } from 'node:fs';
import { test, expect } from './support/test';

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe('pictures of the view, with citations', () => {
  test.describe.configure({ timeout: 60_000 });

  test('PNG of the built-in view: it decodes, is 2,560 px wide at 1,280 CSS px, and its SVG twin cites the article', async ({ dashboard, page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await dashboard.open();
    const sourceTitle = await page.evaluate(async () => (await (await fetch('data/builtin.json')).json()).sources[0].title as string);

    await page.getByRole('button', { name: 'Export…' }).click();
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Picture of the view (PNG)' }).click()]);
    expect(png.suggestedFilename()).toMatch(/-view\.png$/u);
    const bytes = readFileSync(await png.path());
    const size = pngSize(bytes);
    expect(size.width).toBe(2560);
    expect(size.height).toBeGreaterThan(600);
    // The browser decodes it too.
    const decoded = await page.evaluate(async (b64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${b64}`;
      await image.decode();
      return image.naturalWidth;
    }, bytes.toString('base64'));
    expect(decoded).toBe(2560);
    if (process.env.PICTURE_OUT) (await import('node:fs')).writeFileSync(process.env.PICTURE_OUT, bytes);

    await page.getByRole('button', { name: 'Export…' }).click();
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Picture of the view (SVG)' }).click()]);
    const text = readFileSync(await svg.path(), 'utf8');
    const parsed = await page.evaluate((markup) => {
      const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '') };
    }, text);
    expect(parsed.error).toBeNull();
    expect(parsed.texts.some((t) => t.includes(sourceTitle))).toBe(true);
    expect(parsed.texts).toContain('Vladimir Putin');
  });

  test('PDF of the view: one page with the Cyrillic font embedded', async ({ dashboard, page }) => {
    await dashboard.open();
    await page.getByRole('button', { name: 'Export…' }).click();
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Picture of the view (PDF)' }).click()]);
    const bytes = readFileSync(await pdf.path());
    if (process.env.PICTURE_OUT) (await import('node:fs')).writeFileSync(`${process.env.PICTURE_OUT}.pdf`, bytes);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const body = bytes.toString('latin1');
    expect(body).toMatch(/\/FontName \/PT#20Sans/u);
    expect(body.match(/\/Type \/Page\b/gu)?.length).toBe(1);
  });

  test('the story as a PDF, one scene per page, and as a ZIP of PNG scenes', async ({ dashboard, page }) => {
    await dashboard.open();
    const scenes = await page.evaluate(async () => (await (await fetch('data/builtin.json')).json()).scenes as { caption: string }[]);
    expect(scenes.length).toBeGreaterThan(1);
    await page.getByRole('button', { name: 'Story', exact: true }).click();
    const [pdf] = await Promise.all([page.waitForEvent('download', { timeout: 40_000 }), page.getByRole('button', { name: 'Export story (PDF)' }).click()]);
    const body = readFileSync(await pdf.path()).toString('latin1');
    expect(body.startsWith('%PDF-')).toBe(true);
    expect(body.match(/\/Type \/Page\b/gu)?.length).toBe(scenes.length);
    await expect(page.getByText(`The story was exported as PDF.`)).toBeAttached();

    const [zip] = await Promise.all([page.waitForEvent('download', { timeout: 40_000 }), page.getByRole('button', { name: 'Export scenes (PNG)' }).click()]);
    const bytes = readFileSync(await zip.path());
    // One stored PNG per scene: the names in the local file headers (signature PK\3\4, name at offset 30).
    const names: string[] = [];
    for (let at = bytes.indexOf('PK\u0003\u0004', 0, 'latin1'); at >= 0; at = bytes.indexOf('PK\u0003\u0004', at + 4, 'latin1')) {
      const name = bytes.subarray(at + 30, at + 30 + bytes.readUInt16LE(at + 26)).toString('utf8');
      if (name.endsWith('.png')) names.push(name);
    }
    expect(names).toHaveLength(scenes.length);
    expect(names[0]).toMatch(/^01-/u);
  });

  test('printing the dashboard: the timeline, the selected event and its source, without the controls', async ({ dashboard, page }) => {
    await dashboard.open();
    await dashboard.option('Putin and Kim Jong Un speak by phone').click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Export…' })).toBeHidden();
    await expect(page.getByRole('searchbox')).toBeHidden();
    await expect(page.getByRole('region', { name: 'Timeline view' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Event details' })).toContainText('Putin and Kim Jong Un speak by phone');
    await expect(page.getByRole('region', { name: 'Source' })).toBeVisible();
    if (process.env.PICTURE_OUT) await page.screenshot({ path: `${process.env.PICTURE_OUT}-print.png`, fullPage: true });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
