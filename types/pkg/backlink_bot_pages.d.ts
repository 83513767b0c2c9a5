// Hand-written declarations of the options and Opportunities pages' Wasm glue,
// dist/pkg/backlink_bot_pages.js, which wasm-bindgen generates (build.sh). Keep in step with the
// `#[wasm_bindgen]` exports behind the `tab-pages` feature (src/web/options.rs, opportunities.rs).

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;
/** Loads and instantiates the Wasm module (by default `backlink_bot_pages_bg.wasm` beside the glue). */
export default function init(module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<unknown>;

/** Draws the options page: the extension's version and the domain-data manifest (or undefined). */
export function startOptions(version: string, domainData: unknown): Promise<void>;

/** Draws the Opportunities page. */
export function startOpportunities(): Promise<void>;
