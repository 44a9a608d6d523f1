import { Readability } from '@mozilla/readability';
import { blockText } from './htmlText';
import { isoToPublished, type PublishedProposal } from './published';

/**
 * An HTML page → the article in it: title, byline, publication time and the plain text
 * that will be stored. Readability (Firefox's Reader View) finds the article; the text
 * is then laid out block by block (see htmlText.ts). The page's scripts never run:
 * DOMParser builds an inert document, and nothing here renders HTML.
 */
export interface HtmlArticle {
  /** The article's plain text, exactly as it will be stored. */
  readonly text: string;
  readonly title: string | null;
  readonly byline: string | null;
  readonly siteName: string | null;
  /** The page's declared language (<html lang>), as written. */
  readonly declaredLanguage: string | null;
  /** The publication time the page declares (meta tags, JSON-LD, <time datetime>), when it has one. */
  readonly published: PublishedProposal | null;
  readonly excerpt: string | null;
}

/** Builds an inert Document from HTML. In the browser: DOMParser; in tests: linkedom's. */
export type ParseHtml = (html: string) => Document;

export function browserParseHtml(html: string): Document {
  if (typeof DOMParser === 'undefined') throw new Error('DOMParser is not available here (HTML import runs on the main thread)');
  return new DOMParser().parseFromString(html, 'text/html');
}

const TIME_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];

/** The page's own statements of when it was published, best first, read before Readability rewrites the document. */
function declaredTimes(doc: Document): string[] {
  const out: string[] = [];
  for (const sel of TIME_SELECTORS) {
    const v = doc.querySelector(sel)?.getAttribute('content');
    if (v) out.push(v.trim());
  }
  const time = doc.querySelector('article time[datetime], time[pubdate][datetime], time[datetime]');
  const dt = time?.getAttribute('datetime');
  if (dt) out.push(dt.trim());
  return out;
}

/** Returns null when the page holds no readable text at all. */
export function extractHtmlArticle(html: string, parseHtml: ParseHtml = browserParseHtml): HtmlArticle | null {
  const doc = parseHtml(html);
  const declared = declaredTimes(doc);
  const declaredLanguage = doc.documentElement?.getAttribute('lang')?.trim() || null;
  const fallbackTitle = doc.querySelector('title')?.textContent?.trim() || null;

  let article: ReturnType<Readability<Node>['parse']>;
  try {
    article = new Readability<Node>(doc, { serializer: (node) => node }).parse();
  } catch {
    // A page Readability cannot walk is read as plain body text below.
    article = null;
  }
  let text = article?.content ? blockText(article.content) : '';
  if (!text) {
    // Readability gives up on short pages; the body's own text is better than nothing.
    const body = parseHtml(html).body;
    text = body ? blockText(body) : '';
  }
  if (!text.trim()) return null;

  const times = [article?.publishedTime?.trim(), ...declared].filter((t): t is string => !!t);
  let published: PublishedProposal | null = null;
  for (const t of times) {
    published = isoToPublished(t, { why: 'declared by the page (meta data)', confidence: 0.9 });
    if (published) break;
  }
  return {
    text,
    title: article?.title?.trim() || fallbackTitle,
    byline: article?.byline?.trim() || null,
    siteName: article?.siteName?.trim() || null,
    declaredLanguage: article?.lang?.trim() || declaredLanguage,
    published,
    excerpt: article?.excerpt?.trim() || null,
  };
}
