/**
 * The plain text of an article's DOM, laid out the way a reader sees it: one paragraph
 * per block (separated by a blank line), white space inside a block collapsed, <br> as a
 * line break, <pre> kept as is. `textContent` would keep the page source's indentation
 * and run headings into paragraphs.
 */

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS']);
const CELLS = new Set(['TD', 'TH']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function blockText(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const p = current
      .split('\n')
      .map((line) => line.replace(/[ \t\f\v\u00a0]+/gu, (s) => (s.includes('\u00a0') ? '\u00a0' : ' ')).trim())
      .join('\n')
      .replace(/\n{2,}/gu, '\n')
      .trim();
    if (p) paragraphs.push(p);
    current = '';
  };
  const walk = (node: Node, pre: boolean) => {
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      if (pre) {
        paragraphs.push(...(current.trim() ? [current.trim()] : []));
        current = '';
        if (value.trim()) paragraphs.push(value.replace(/^\n+|\s+$/gu, ''));
      } else {
        current += value.replace(/[\n\r\t ]+/gu, ' ');
      }
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) {
      for (let c = node.firstChild; c; c = c.nextSibling) walk(c, pre);
      return;
    }
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    if (tag === 'BR') {
      current += '\n';
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    if (CELLS.has(tag) && current.trim()) current += ' ';
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c, pre || tag === 'PRE');
    if (block) flush();
  };
  walk(root, false);
  flush();
  return paragraphs.join('\n\n');
}
