/**
 * Nothing leaves the machine: every request a page of the context makes to an address other than the
 * local test server is aborted and recorded, and the test fails on it (expectNoForeignRequests). data:
 * and blob: addresses stay inside the page and are allowed.
 */
import { BrowserContext } from 'playwright-core';

export interface NetworkGuard {
  origin: string;
  /** Requests to other addresses, aborted: "<method> <url>". */
  foreign: string[];
  /** Every request to the local server, in order. */
  local: string[];
}

export function isAllowed(url: string, origin: string): boolean {
  if (/^(data|blob|about):/i.test(url)) return true;
  return url === origin || url.indexOf(origin + '/') === 0;
}

export async function guardNetwork(context: BrowserContext, origin: string): Promise<NetworkGuard> {
  const guard: NetworkGuard = { origin: origin, foreign: [], local: [] };
  // A request the route does not see (e.g. a WebSocket) still shows up here.
  context.on('request', function (req) {
    const url = req.url();
    if (isAllowed(url, origin)) guard.local.push(url);
    else if (guard.foreign.indexOf(req.method() + ' ' + url) < 0) guard.foreign.push(req.method() + ' ' + url);
  });
  await context.route(
    function (url) {
      return !isAllowed(url.href, origin);
    },
    function (route) {
      const req = route.request();
      const line = req.method() + ' ' + req.url();
      if (guard.foreign.indexOf(line) < 0) guard.foreign.push(line);
      return route.abort('blockedbyclient');
    },
  );
  return guard;
}

/** Throws, naming every foreign address, when the page tried to reach one. */
export function expectNoForeignRequests(guard: NetworkGuard): void {
  if (guard.foreign.length) {
    throw new Error('The page tried to reach addresses other than ' + guard.origin + ':\n  ' + guard.foreign.join('\n  '));
  }
}
