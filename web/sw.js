// sw.js — the service worker: after one online visit, Scopewright opens and works with no network.
// The app's own files are cached at install (cache-first; the cache name changes with every build, so a new
// build replaces them); other same-origin files (e.g. published questionnaires) are network-first with the
// cached copy as fallback. Nothing is ever sent anywhere: this only reads from the site the app came from.
"use strict";
const BUILD_ID = "@BUILD_ID@";  // stamped at build time (web/stamp-service-worker.cmake)
const CACHE = "scopewright-" + BUILD_ID;
const SHARED_FILES = ["./", "index.html", "shell.js", "manifest.webmanifest", "icon.svg"];
// Three modules (web/shell.js loads one per URL): the engineer's app, the designer and the customer's
// questionnaire. A module is cached when a page asks ("cache-module" below): the engineer's pages ask for both of
// theirs once the page is up, a customer's page for its own alone (a customer never downloads the app).
const MODULES = { scopewright: ["scopewright.js", "scopewright.wasm", "scopewright.data"],
                  designer: ["designer.js", "designer.wasm", "designer.data"],
                  questionnaire: ["questionnaire.js", "questionnaire.wasm", "questionnaire.data"] };
const APP_FILES = SHARED_FILES.concat(...Object.values(MODULES));

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHARED_FILES)).then(() => self.skipWaiting()));
});

// {type: "cache-module", module}: from the page once it runs; the files come from the HTTP cache (just loaded).
self.addEventListener("message", (event) => {
  const files = event.data && event.data.type === "cache-module" && MODULES[event.data.module];
  if (!files) return;
  event.waitUntil(caches.open(CACHE)
    .then((cache) => cache.addAll(files))
    .then(() => event.source && event.source.postMessage({ type: "module-cached", module: event.data.module })));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("scopewright-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()));
});

function isAppFile(url) {
  const scope = new URL(self.registration.scope);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return false;
  const rel = url.pathname.slice(scope.pathname.length);
  return rel === "" || APP_FILES.includes(rel);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;  // never touch other origins
  if (isAppFile(url)) {
    // The page URL may carry ?q=...: the shell is the same file whatever the query.
    event.respondWith(caches.open(CACHE).then((cache) =>
      cache.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request).then((response) => {
        if (response.ok) cache.put(request, response.clone());  // a module first used after install
        return response;
      }))));
    return;
  }
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(() => caches.match(request).then((hit) => hit || Response.error())));
});
