import { test, expect } from './support/test';

/**
 * Right-to-left text in a source: each paragraph takes its own direction (the reader is
 * `dir="auto"` with `unicode-bidi: plaintext`), so an Arabic paragraph starts at the right
 * edge and an English one at the left, in the same source.
 */
test('an Arabic paragraph reads right to left beside an English one', async ({ dashboard, page }) => {
  const url = await dashboard.serveDataset('mixed-directions.json');
  await dashboard.open({ data: url, event: 'talks' });
  const reader = page.getByRole('article', { name: 'Source text' });
  await expect(reader).toContainText('قالت الوزارة');
  const edges = await reader.evaluate((article) => {
    const text = article.textContent ?? '';
    const rectOf = (word: string) => {
      const at = text.indexOf(word);
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent!.length;
        if (at < seen + length) {
          const range = document.createRange();
          range.setStart(node, at - seen);
          range.setEnd(node, at - seen + word.length);
          return range.getBoundingClientRect();
        }
        seen += length;
      }
      throw new Error(`${word} not found`);
    };
    const box = article.getBoundingClientRect();
    const style = getComputedStyle(article);
    const inner = { left: box.left + parseFloat(style.paddingLeft), right: box.right - parseFloat(style.paddingRight) };
    const english = rectOf('The ministry');
    const arabic = rectOf('قالت');
    return { englishFromLeft: english.left - inner.left, arabicFromRight: inner.right - arabic.right, arabicFromLeft: arabic.left - inner.left };
  });
  // The English paragraph starts at the left edge, the Arabic one at the right edge.
  expect(edges.englishFromLeft).toBeLessThan(4);
  expect(edges.arabicFromRight).toBeLessThan(24);
  expect(edges.arabicFromLeft).toBeGreaterThan(100);
});
