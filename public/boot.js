// Starts the portal's WebAssembly. trunk passes the content-hashed file names as data
// attributes; a separate file (not an inline script) keeps the CSP free of 'unsafe-inline'.
// Leptos's hydration reads three globals its own (inline) loader would set; the portal
// carries its data in a JSON block instead, so they start empty here.
globalThis.__RESOLVED_RESOURCES = [];
globalThis.__SERIALIZED_ERRORS = [];
globalThis.__INCOMPLETE_CHUNKS = [];
const loader = document.querySelector("script[data-wasm]");
const { default: init } = await import(loader.dataset.js);
await init({ module_or_path: loader.dataset.wasm });
