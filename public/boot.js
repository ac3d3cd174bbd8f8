// Starts the portal's WebAssembly. trunk passes the content-hashed file names as data
// attributes; a separate file (not an inline script) keeps the CSP free of 'unsafe-inline'.
const loader = document.querySelector("script[data-wasm]");
const { default: init } = await import(loader.dataset.js);
await init({ module_or_path: loader.dataset.wasm });
