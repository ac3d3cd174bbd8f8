// Starts the portal's WebAssembly. trunk passes the content-hashed file names as data
// attributes; a separate file (not an inline script) keeps the CSP free of 'unsafe-inline'.
// Leptos's hydration reads three globals its own (inline) loader would set; the portal
// carries its data in a JSON block instead, so they start empty here.
globalThis.__RESOLVED_RESOURCES = [];
globalThis.__SERIALIZED_ERRORS = [];
globalThis.__INCOMPLETE_CHUNKS = [];
// The page arrives drawn: its code is fetched once the content is on screen, so that on a
// slow connection the wasm does not share the bandwidth the first paint needs. (Measured
// with Lighthouse's mobile preset on /formations, 5 and 6 runs: median LCP 1.32 s before,
// 0.99 s after, as the wasm no longer counts towards the paint.)
// A browser that does not report paints starts after the next frame; a tab that is not
// painted (in the background) after a second. The shell of a page the build did not draw
// (`#app` without `data-ssr`: the space, an unknown address) has nothing to paint: the app
// draws it, so it starts at once.
await new Promise((start) => {
  if (!document.querySelector("#app[data-ssr]")) {
    start();
    return;
  }
  const types = globalThis.PerformanceObserver?.supportedEntryTypes ?? [];
  if (!types.includes("paint")) {
    requestAnimationFrame(() => setTimeout(start, 0));
    return;
  }
  const observer = new PerformanceObserver((list) => {
    if (list.getEntries().some((e) => e.name === "first-contentful-paint")) {
      observer.disconnect();
      start();
    }
  });
  observer.observe({ type: "paint", buffered: true });
  setTimeout(start, 1000);
});
const loader = document.querySelector("script[data-wasm]");
const { default: init } = await import(loader.dataset.js);
await init({ module_or_path: loader.dataset.wasm });
