// Hand-written declarations of the popup's Wasm glue, dist/pkg/backlink_bot.js, which
// wasm-bindgen generates (build.sh): the extension's JS is type-checked against these instead of
// generated code. Keep in step with the `#[wasm_bindgen]` exports behind the `popup-page` feature
// (src/web/mod.rs, src/web/popup.rs); `wasm-bindgen` without `--no-typescript` prints the real ones.

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;
/** Loads and instantiates the Wasm module (by default `backlink_bot_bg.wasm` beside the glue). */
export default function init(module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<unknown>;

/** Scores the active tab and draws the popup, from popup-start.js's three promises. */
export function startPopup(extraction: unknown, domainData: unknown, profile: unknown): Promise<void>;

/** The core as one call: the Report (JSON-compatible) for a snapshot and an optional profile. */
export function analyzePage(snapshot: unknown, profile?: unknown): unknown;

/** Milliseconds for `runs` analyses of one snapshot (benchmarks). */
export function benchAnalyze(snapshot: unknown, runs: number, domainData: Uint8Array | number[]): number;
