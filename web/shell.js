// shell.js — the page glue around the WebAssembly app: capability checks, download progress, readable errors,
// the service worker, and window.scopewright (the test interface documented in docs/test-interface.md).
// Only relative URLs, so the site works from any sub-path of any static host.
"use strict";
(function () {
  const overlay = document.getElementById("overlay");
  const statusEl = document.getElementById("status");
  const progressEl = document.getElementById("progress");
  const errorEl = document.getElementById("error");
  const canvas = document.getElementById("canvas");

  let resolveReady, rejectReady;
  const ready = new Promise((res, rej) => { resolveReady = res; rejectReady = rej; });
  ready.catch(() => {});  // the page shows the error itself

  function readString(ptr) {  // a malloc'd UTF-8 string from the app, freed here
    const s = Module.UTF8ToString(ptr);
    Module._free(ptr);
    return s;
  }

  // The interface end-to-end tests (and curious users) can use. JS only reads: state changes go through the UI.
  window.scopewright = {
    ready,              // resolves once the first frame is on screen
    error: null,        // a message when the app could not start
    readyAt: null,      // performance.now() when the first frame was on screen
    state() { return JSON.parse(readString(Module._scopewright_state_json(handle))); },
    items() { return JSON.parse(readString(Module._scopewright_items_json(handle))); },
    item(label) { return this.items().find((i) => i.label === label) || null; },
  };
  let handle = 0;

  function showError(title, detail) {
    if (window.scopewright.error) return;  // keep the first (root-cause) message
    window.scopewright.error = title + (detail ? ": " + detail : "");
    errorEl.innerHTML = "";
    const b = document.createElement("b");
    b.textContent = title;
    errorEl.appendChild(b);
    errorEl.appendChild(document.createTextNode(detail || ""));
    overlay.classList.remove("hidden");
    overlay.classList.add("show-error");
    rejectReady(new Error(window.scopewright.error));
  }

  // ---- Capability checks, before downloading anything large -------------------------------------------
  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
    showError("This browser cannot run Scopewright.", "It needs WebAssembly, which every current browser supports. Please update your browser or try another one.");
    return;
  }
  // WebGL 2 is not tested here: making a context only to test it took ~25 ms of every start. The app reports a
  // missing WebGL 2 itself when it cannot make its own (scopewrightFail below).

  // ---- Which module: a customer's questionnaire link (?q=..., #q=...) gets the questionnaire alone ------
  // (questionnaire.*, about half the download), ?view=designer the designer (designer.*), every other URL the
  // engineer's app (scopewright.*: home, questionnaire, engagements). The customer rule matches the app's own
  // (src/platform/browser_emscripten.cpp: launch_parameters); the designer's, src/ui/screen_views.h.
  const query = new URLSearchParams(window.location.search);
  const MODULE = query.has("q") || /^#q=|&q=/.test(window.location.hash) ? "questionnaire"
    : query.get("view") === "designer" ? "designer" : "scopewright";
  // The engineer's two modules cache each other for offline use; a customer's page caches its own alone.
  const OTHER_MODULES = { scopewright: ["designer"], designer: ["scopewright"], questionnaire: [] }[MODULE];

  const link = document.createElement("link");  // start the script's download at once, beside the fetches below
  link.rel = "preload"; link.href = MODULE + ".js"; link.as = "script";
  document.head.appendChild(link);

  // ---- Progress: the .wasm and the data package, both fetched here -------------------------------------
  const progress = { wasm: [0, 0], data: [0, 0] };
  function showProgress() {
    const done = progress.wasm[0] + progress.data[0];
    const total = progress.wasm[1] + progress.data[1];
    if (total > 0) progressEl.style.width = Math.min(100, (100 * done) / total).toFixed(1) + "%";
    statusEl.textContent = total > 0 ? "Loading… " + (done / 1048576).toFixed(1) + " of " + (total / 1048576).toFixed(1) + " MB" : "Loading…";
  }

  // Counts a response's bytes as they arrive into progress[part], for the progress bar (read, not kept).
  async function countProgress(response, part) {
    const total = Number(response.headers.get("Content-Length")) || 0;
    if (!response.body || !total) return;
    progress[part][1] = total;
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      progress[part][0] += value.length;
      showProgress();
    }
  }

  // Fetches `url` (same origin) and counts its bytes into progress[part] as they arrive.
  async function fetchCounted(url, part) {
    const response = await fetch(url, { credentials: "same-origin" });
    if (!response.ok) throw new Error(url + " could not be loaded (HTTP " + response.status + ")");
    countProgress(response.clone(), part).catch(() => {});
    return response;
  }

  // The .wasm is the largest download: fetch it now, while scopewright.js is still on its way, and compile it
  // as it arrives (compiling needs no imports, so it need not wait for the script either).
  async function compileApp(url) {
    const response = await fetchCounted(url, "wasm");
    if (WebAssembly.compileStreaming) {
      try {
        return await WebAssembly.compileStreaming(response);
      } catch (e) {
        // A host that does not send .wasm as application/wasm: compile from the bytes instead (below).
        console.info("compiling " + url + " from its bytes: " + (e.message || e));
      }
    }
    const again = await fetch(url, { credentials: "same-origin" });  // from the HTTP cache
    return WebAssembly.compile(await again.arrayBuffer());
  }
  const wasmModule = compileApp(MODULE + ".wasm");
  wasmModule.catch(() => {});  // reported when the app asks for it (instantiateWasm)

  // The module's data package (UI font, templates: src/core/assets/pack.h), read by the app as its only files.
  const dataPackage = fetchCounted(MODULE + ".data", "data").then(async (r) => new Uint8Array(await r.arrayBuffer()));
  dataPackage.catch(() => {});  // reported with the module's (instantiateWasm)

  window.Module = {
    canvas,
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    locateFile: (path) => path,  // next to this page, wherever it is hosted
    instantiateWasm(imports, success) {
      // The app starts (main) once both are here: it reads its files from the package from its first line.
      Promise.all([wasmModule, dataPackage])
        .then(([module, data]) => {
          Module["scopewrightPack"] = data;  // taken by src/platform/files_emscripten.cpp
          return WebAssembly.instantiate(module, imports).then((instance) => success(instance, module));
        })
        .catch((e) => showError("Scopewright could not be loaded.", String(e.message || e)));
      return {};  // asynchronous instantiation
    },
    onAbort(what) { showError("Scopewright stopped unexpectedly.", String(what || "")); },
    // Called from the app (src/platform/browser_emscripten.cpp).
    scopewrightAttach(h) { handle = h; },
    scopewrightFail(title, detail) { showError(title, detail); },
    scopewrightHideLoading() {  // called at the end of the first frame
      overlay.classList.add("hidden");
      canvas.focus();
      // Ready once the browser has put that frame (and the overlay gone) on screen: the task after its rendering.
      setTimeout(() => {
        window.scopewright.readyAt = performance.now();
        resolveReady(window.scopewright);
      }, 0);
    },
  };

  window.addEventListener("error", (e) => showError("Scopewright hit an error.", String(e.message || e)));
  canvas.addEventListener("pointerdown", () => canvas.focus());

  const script = document.createElement("script");
  script.src = MODULE + ".js";
  script.async = true;
  script.onerror = () => showError("Scopewright could not be loaded.", MODULE + ".js is missing or unreachable. Check your connection, then reload.");
  document.body.appendChild(script);

  // ---- Offline: after one online visit the service worker serves the app with no network --------------
  if ("serviceWorker" in navigator && window.isSecureContext) {  // https, or localhost
    window.addEventListener("load", () => {
      navigator.serviceWorker.register("sw.js")
        .then(() => navigator.serviceWorker.ready)
        .then((registration) => {
          registration.active.postMessage({ type: "cache-module", module: MODULE });
          // The other module once this page is up, so its download never delays the first frame.
          ready.then(() => OTHER_MODULES.forEach((module) => registration.active.postMessage({ type: "cache-module", module })))
            .catch(() => {});  // the page reports its own failure
        })
        .catch((e) => console.info("offline support unavailable: " + e));
    });
  }
})();
