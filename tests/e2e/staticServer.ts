/**
 * A static file server for the built add-in (dist/) on 127.0.0.1 and a port the system picks: the
 * address every e2e test allows, and the only one. Serves files below its root only, with the content
 * types a browser needs, and no caching so that a rebuilt file is always the one tested.
 */
import * as fs from 'fs';
import * as http from 'http';
import { AddressInfo } from 'net';
import * as path from 'path';

export interface StaticServer {
  /** "http://127.0.0.1:<port>" */
  origin: string;
  /** Paths requested so far, in order (e.g. "/taskpane.html"). */
  requested: string[];
  close(): Promise<void>;
}

const TYPES: { [ext: string]: string } = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.map': 'application/json; charset=utf-8',
};

/** The file a URL path names below root, or null when it would leave root. */
export function fileFor(root: string, urlPath: string): string | null {
  let p: string;
  try {
    p = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch (e) {
    return null;
  }
  if (p.indexOf('\0') >= 0) return null;
  const file = path.resolve(root, '.' + (p.endsWith('/') ? p + 'index.html' : p));
  const rel = path.relative(root, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return file;
}

export function startStaticServer(root: string): Promise<StaticServer> {
  const absRoot = path.resolve(root);
  const requested: string[] = [];
  const server = http.createServer(function (req, res) {
    const urlPath = (req.url || '/').split('?')[0];
    requested.push(urlPath);
    const file = fileFor(absRoot, urlPath);
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    fs.readFile(file, function (err, data) {
      if (err) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('not found');
        return;
      }
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : data);
    });
  });
  return new Promise(function (resolve, reject) {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', function () {
      const port = (server.address() as AddressInfo).port;
      resolve({
        origin: 'http://127.0.0.1:' + port,
        requested: requested,
        close: function (): Promise<void> {
          return new Promise(function (done) {
            server.closeAllConnections();
            server.close(function () {
              done();
            });
          });
        },
      });
    });
  });
}
