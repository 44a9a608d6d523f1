/**
 * Why a fetch failed, in words. The browser says only "Failed to fetch" both when a
 * server is down and when another site's server does not allow this page to read the
 * file (CORS); the second is the usual case for a shared link, so it is named.
 */
export function unreachableMessage(url: string, reason: string, pageHref?: string): string {
  let crossOrigin = false;
  try {
    crossOrigin = pageHref !== undefined && new URL(url, pageHref).origin !== new URL(pageHref).origin;
  } catch {
    // An address that cannot be parsed is reported as it is.
  }
  return crossOrigin
    ? `Could not read ${url}: it is on another site, and that site's server either did not answer or does not allow other sites to read the file (it must send the header Access-Control-Allow-Origin). Download the file and import it instead. (${reason})`
    : `Could not reach ${url}: ${reason}`;
}
