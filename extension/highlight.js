// @ts-check
// Link highlighting in the visited page. Injected on demand by the popup into the extension's
// isolated world; draws only: every mark and text comes from the popup's Report (src/highlight.rs
// decides the marks). What the page can see of it: `data-backlink-bot="<mark>"` on the outlined
// links (coloured by highlight.css, inserted by the popup as a user stylesheet, so the page's own
// `!important` rules cannot undo it) and one <backlink-bot-overlay> element whose closed shadow
// root holds the legend and the tooltip. Off removes all of it, restoring any value the page had
// put in that attribute, and every listener it added.
//
// Messages (chrome.tabs.sendMessage from the popup), each answered at once:
//   {backlinkBotHighlight: 'apply', items: '[[index, mark, tooltip text], …]', legend}
//     → {applied, ms} or {changed: true} when the page's links are not the ones the popup read;
//   {backlinkBotHighlight: 'off'} → {removed, ms}; {backlinkBotHighlight: 'state'} → {on};
//   {backlinkBotHighlight: 'checked', broken: [index, …]} (from the link checker, issue 16): the
//     links a live check found broken get `data-backlink-bot-check="broken"` while outlined,
//     now and whenever highlighting is turned on later → {marked}.
// (`ms`: the time the page's part took, for the benchmark.)
(() => {
  const g = /** @type {any} */ (globalThis);
  if (g.backlinkBotHighlighter) return; // injected again by a later popup: already listening
  g.backlinkBotHighlighter = true;

  const ATTR = 'data-backlink-bot';
  const CHECK_ATTR = 'data-backlink-bot-check';
  const MARKS = ['followed', 'nofollow', 'sponsored', 'ugc', 'internal', 'low-quality'];
  const XLINK_NS = 'http://www.w3.org/1999/xlink';
  const MAX_TIP = 600; // characters of one tooltip

  /** @typedef {{ index: number, mark: string, tip: string, previous: string | null }} Marked */
  /** @type {Map<Element, Marked>} */
  let marked = new Map();
  /** @type {HTMLElement | null} */
  let host = null;
  /** @type {HTMLElement | null} */
  let tip = null;
  /** @type {HTMLElement | null} */
  let legendBox = null;
  /** @type {(() => void)[]} */
  let unlisten = [];
  /** Indices of the links the last live check found broken. @type {Set<number>} */
  let broken = new Set();

  /**
   * The links the extractor listed, if the page still has exactly them: same count of
   * document.links, each one still in the document with the same href.
   * @returns {Element[] | null}
   */
  function readLinks() {
    const kept = g.backlinkBotLinks;
    if (!kept || document.links.length !== kept.documentLinks) return null;
    /** @type {Element[]} */
    const links = kept.links;
    for (let i = 0; i < links.length; i++) {
      const l = links[i];
      if (!l.isConnected || (l.getAttribute('href') ?? l.getAttributeNS(XLINK_NS, 'href')) !== kept.hrefs[i]) return null;
    }
    return links;
  }

  /**
   * Outlines the listed links (replacing what was outlined before) and shows the legend.
   * @param {unknown} itemsJson @param {unknown} legend
   */
  function apply(itemsJson, legend) {
    const began = performance.now();
    const links = readLinks();
    if (!links) {
      off(); // what was outlined before may no longer be those links
      return { changed: true };
    }
    const items = JSON.parse(typeof itemsJson === 'string' ? itemsJson : '[]');
    if (!Array.isArray(items)) return { error: 'bad items' };
    /** @type {Map<Element, Marked>} */
    const next = new Map();
    for (const item of items) {
      if (!Array.isArray(item)) continue;
      const [index, mark, text] = item;
      const el = typeof index === 'number' ? links[index] : undefined;
      if (!el || !MARKS.includes(mark)) continue;
      const old = marked.get(el);
      next.set(el, { index, mark, tip: String(text ?? '').slice(0, MAX_TIP), previous: old ? old.previous : el.getAttribute(ATTR) });
    }
    // Links no longer shown (another filter) get their attribute back as the page had it.
    for (const [el, m] of marked) if (!next.has(el)) restore(el, m);
    for (const [el, m] of next) if (el.getAttribute(ATTR) !== m.mark) el.setAttribute(ATTR, m.mark);
    marked = next;
    showBroken();
    if (!host) mount();
    fillLegend(legend);
    return { applied: next.size, ms: performance.now() - began };
  }

  /** @param {Element} el @param {Marked} m */
  function restore(el, m) {
    if (m.previous === null) el.removeAttribute(ATTR);
    else el.setAttribute(ATTR, m.previous);
    el.removeAttribute(CHECK_ATTR);
  }

  /** Marks the outlined links a live check found broken. */
  function showBroken() {
    let n = 0;
    for (const [el, m] of marked) {
      if (broken.has(m.index)) {
        el.setAttribute(CHECK_ATTR, 'broken');
        n++;
      } else el.removeAttribute(CHECK_ATTR);
    }
    return n;
  }

  /** Removes every trace: attributes, the overlay, the listeners. */
  function off() {
    const began = performance.now();
    const removed = marked.size;
    for (const [el, m] of marked) restore(el, m);
    marked = new Map();
    for (const stop of unlisten) stop();
    unlisten = [];
    host?.remove();
    host = tip = legendBox = null;
    return { removed, ms: performance.now() - began };
  }

  /**
   * @param {EventTarget} target @param {string} type @param {(e: any) => void} fn
   */
  function listen(target, type, fn) {
    const options = { capture: true, passive: true };
    target.addEventListener(type, fn, options);
    unlisten.push(() => target.removeEventListener(type, fn, options));
  }

  const STYLE = `
    :host { all: initial; }
    .tip, .legend { position: fixed; box-sizing: border-box; font: 12px/1.45 system-ui, sans-serif;
      color: #1f2328; background: #fff; border: 1px solid #8c959f; border-radius: 6px;
      box-shadow: 0 4px 14px rgba(0, 0, 0, .25); pointer-events: auto; }
    .tip { max-width: 340px; padding: 6px 8px; white-space: pre-line; overflow-wrap: anywhere; pointer-events: none; }
    .tip[hidden], .legend[hidden] { display: none; }
    .legend { right: 12px; bottom: 12px; padding: 8px 10px; }
    .legend h2 { margin: 0 24px 4px 0; font: 600 12px/1.4 system-ui, sans-serif; }
    .legend ul { margin: 0; padding: 0; list-style: none; }
    .legend li { display: flex; align-items: center; gap: 6px; }
    .swatch { width: 14px; height: 10px; border: 2px solid; box-sizing: border-box; }
    .followed { border-color: #1a7f37; } .nofollow { border-color: #bf8700; border-style: dashed; }
    .sponsored { border-color: #8250df; } .ugc { border-color: #0969da; border-style: dashed; }
    .internal { border-color: #8c959f; border-style: dotted; } .low-quality { border-color: #cf222e; }
    button { position: absolute; top: 4px; right: 6px; border: 0; background: none; font: 16px/1 system-ui, sans-serif;
      color: #1f2328; cursor: pointer; padding: 2px 4px; }
    button:focus-visible { outline: 2px solid #0969da; }
    @media (prefers-color-scheme: dark) {
      .tip, .legend { color: #e6edf3; background: #161b22; border-color: #6e7681; }
      button { color: #e6edf3; }
    }`;

  /** The overlay: one element in the page, its contents in a closed shadow root. */
  function mount() {
    const el = /** @type {HTMLElement} */ (document.createElement('backlink-bot-overlay'));
    const shadow = el.attachShadow({ mode: 'closed' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
    shadow.adoptedStyleSheets = [sheet];
    const box = document.createElement('div');
    box.className = 'tip';
    box.setAttribute('role', 'tooltip');
    box.hidden = true;
    const legend = document.createElement('section');
    legend.className = 'legend';
    shadow.append(box, legend);
    document.documentElement.append(el);
    // The top layer, when the browser has it: above whatever z-index the page uses.
    if (typeof el.showPopover === 'function') {
      el.popover = 'manual';
      try {
        el.showPopover();
      } catch (_) {
        // Still drawn, by z-index.
      }
    }
    host = el;
    tip = box;
    legendBox = legend;
    listen(document, 'mouseover', (e) => show(e.composedPath()));
    listen(document, 'focusin', (e) => show(e.composedPath()));
    listen(document, 'mouseout', hide);
    listen(document, 'focusout', hide);
    listen(document, 'scroll', hide);
  }

  /** @param {unknown} legend */
  function fillLegend(legend) {
    const box = legendBox;
    if (!box || !legend || typeof legend !== 'object') return;
    const l = /** @type {{ title?: unknown, dismiss?: unknown, marks?: Record<string, unknown> }} */ (legend);
    const title = document.createElement('h2');
    title.textContent = String(l.title ?? '');
    const list = document.createElement('ul');
    for (const mark of MARKS) {
      const li = document.createElement('li');
      const swatch = document.createElement('span');
      swatch.className = `swatch ${mark}`;
      li.append(swatch, String(l.marks?.[mark] ?? mark));
      list.append(li);
    }
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = '×';
    close.setAttribute('aria-label', String(l.dismiss ?? ''));
    close.title = String(l.dismiss ?? '');
    close.addEventListener('click', () => {
      box.hidden = true;
    });
    box.replaceChildren(title, list, close);
  }

  /** Shows the tooltip of the first outlined link on the event's path. @param {EventTarget[]} path */
  function show(path) {
    if (!tip) return;
    for (const node of path) {
      const m = node instanceof Element ? marked.get(node) : undefined;
      if (!m) continue;
      tip.textContent = m.tip;
      tip.hidden = false;
      const r = /** @type {Element} */ (node).getBoundingClientRect();
      const width = Math.min(340, innerWidth - 16);
      tip.style.left = `${Math.max(8, Math.min(r.left, innerWidth - width - 8))}px`;
      const below = r.bottom + 6;
      tip.style.top = below + tip.offsetHeight > innerHeight ? `${Math.max(8, r.top - tip.offsetHeight - 6)}px` : `${below}px`;
      return;
    }
  }

  function hide() {
    if (tip) tip.hidden = true;
  }

  chrome.runtime.onMessage.addListener((message, sender, reply) => {
    if (sender.id !== chrome.runtime.id || !message || typeof message.backlinkBotHighlight !== 'string') return false;
    try {
      switch (message.backlinkBotHighlight) {
        case 'apply':
          reply(apply(message.items, message.legend));
          break;
        case 'off':
          reply(off());
          break;
        case 'checked':
          broken = new Set((Array.isArray(message.broken) ? message.broken : []).filter((/** @type {unknown} */ i) => typeof i === 'number'));
          reply({ marked: showBroken() });
          break;
        default:
          reply({ on: host !== null });
      }
    } catch (error) {
      reply({ error: error instanceof Error ? error.message : String(error) });
    }
    return false;
  });
})();
