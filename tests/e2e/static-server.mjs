// static-server.mjs — a tiny static file server for the browser tests: serves the web build on 127.0.0.1
// (optionally under a sub-path, to prove the site works from any folder of a static host) and records every
// request, so tests can assert what the app fetched.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";

const MIME = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript",
  ".wasm": "application/wasm", ".data": "application/octet-stream", ".json": "application/json",
  ".svg": "image/svg+xml", ".webmanifest": "application/manifest+json", ".png": "image/png", ".css": "text/css",
};

/** Starts serving `root` under `prefix` (e.g. "/" or "/teams/ps/"); resolves to { url, requests, close }. */
export function serve(root, prefix = "/") {
  const requests = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    requests.push(url.pathname + url.search);
    if (!url.pathname.startsWith(prefix)) { res.writeHead(404).end("not found"); return; }
    let rel = decodeURIComponent(url.pathname.slice(prefix.length)) || "index.html";
    const file = path.join(root, path.normalize(rel));
    if (!file.startsWith(path.resolve(root))) { res.writeHead(403).end(); return; }
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) { res.writeHead(404).end("not found"); return; }
      res.writeHead(200, { "Content-Type": MIME[path.extname(file)] || "application/octet-stream",
                           "Content-Length": st.size, "Cache-Control": "no-cache" });
      fs.createReadStream(file).pipe(res);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}${prefix}`, requests,
                close: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }) });
    });
  });
}
