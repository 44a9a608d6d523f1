import { DOMParser } from 'linkedom';
import type { ParseHtml } from './htmlArticle';

/** linkedom stands in for the browser's DOMParser in tests. */
export const parseHtmlForTests: ParseHtml = (html) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
