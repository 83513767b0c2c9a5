// @ts-check
/*
 * Backlink Bot page extractor: observes the page, never judges it.
 *
 * Injected with `chrome.scripting.executeScript({ files: ['extract.js'] })` into an isolated world
 * (the last statement's value is the result), and evaluated as source by the e2e tools
 * (`page.evaluate(source)`). Hence: one self-contained function declaration (re-injection just
 * redeclares it), no imports, and a last line that calls it. Pasted into any page's DevTools
 * console, it prints the snapshot as JSON (`copy($_)` puts it on the clipboard) for
 * `backlink-bot analyze`.
 *
 * The result is a JSON string of `PageSnapshot` in src/snapshot.rs (camelCase fields,
 * kebab-case enum values). Everything read here is attacker-controlled: every collection is
 * capped, every section runs in its own try/catch (a failure keeps that section's defaults),
 * and the function never throws.
 *
 * Cost: it is on the popup's critical path (<150 ms on a 3,000-link page). Layout is only read
 * (no DOM writes, so no forced relayouts), ancestor walks are memoised per element, block texts
 * are cached per block, and text is read from text nodes (never `innerText` on big containers).
 * Hostile shapes stay bounded: text under a link or block is read with a bounded walk (never a
 * whole `textContent`), block reads share one budget (nested blocks are not quadratic), and no
 * box is read inside content the browser skips (`content-visibility: auto`): each such read
 * would force its own layout.
 *
 * Observing, not judging: e-mail candidates are reported as written, and contact pages and
 * social profiles are not picked out at all; the core decides all three from the candidates and
 * the links (src/prospect/contacts.rs), so each list lives in one place. The work is split into
 * small named functions (tools/function-lengths.mjs keeps each under 120 lines of code).
 *
 * Links: `document.links` plus SVG links and links in shadow roots: open ones, and closed ones
 * on custom elements (a bounded element walk). Links inside frames belong to other documents: only counted, in `frames`.
 */

/**
 * @typedef {object} ExtractOptions
 * @property {number} [maxLinks] links kept at most (default 20,000)
 * @property {number} [maxTextChars] characters of main text kept at most (default 200,000)
 *
 * @typedef {'main' | 'nav' | 'header' | 'footer' | 'aside' | 'comments' | 'body'} Region
 * @typedef {'paragraph' | 'list' | 'button' | 'heading' | 'other'} LinkContext
 * @typedef {'visible' | 'hidden' | 'collapsed' | 'zero-size' | 'off-screen'} Visibility
 *
 * @typedef {object} LinkObservation
 * @property {number} index
 * @property {string} href
 * @property {string} rawHref
 * @property {string} text
 * @property {string} title
 * @property {string} ariaLabel
 * @property {boolean} hasImage
 * @property {string} imageAlt
 * @property {string} rel
 * @property {string} target
 * @property {string} lang
 * @property {Region} region
 * @property {LinkContext} context
 * @property {Visibility} visibility
 * @property {string} surrounding
 * @property {number} block index in `blocks` of the link's block (nearest non-inline ancestor), -1 if none
 *
 * @typedef {[number, string, string, string, number, number, number]} BlockRow
 *   one element of the page's block tree: [parent index (-1 for the root, <body>), tag, first
 *   role token, id and class as written (capped), text characters of its own outside links,
 *   characters of its own link text, characters of small descendant blocks not listed]; text
 *   the markup hides (`hidden`, inline `display: none`) is left out
 *
 * @typedef {{ kind: string, source: string, value: string }} DateObservation
 * @typedef {{ level: number, text: string, block: number }} Heading
 *   `block`: the row in `blocks` of the nearest listed block holding the heading (the box it
 *   heads: "Sponsored Content" over a list of ads), -1 if none
 *
 * @typedef {object} PageSnapshot
 * @property {number} schemaVersion
 * @property {string} url
 * @property {string} contentType
 * @property {string} lang
 * @property {string} title
 * @property {{ description: string, robots: string, keywords: string, generator: string, ogUrl?: string }} meta
 * @property {string} canonical
 * @property {Heading[]} headings
 * @property {string} textSample
 * @property {number} wordCount
 * @property {DateObservation[]} dates
 * @property {string[]} emails e-mail candidates as written (mailto: addresses, e-mail-like text): the core judges
 * @property {string[]} phones
 * @property {{ favicon: boolean, googleTagManager: boolean, analytics: boolean }} tech
 * @property {LinkObservation[]} links
 * @property {BlockRow[]} blocks the blocks holding the links and the page's text, parents first:
 *   what the core decides placement from (src/placement.rs)
 * @property {{ frames: number, read: number, withLinks: number, links: number }} frames links inside frames, counted apart
 * @property {[number, number, number, number][]} [passwordForms] the forms holding a shown password field, each
 *   [shown password fields, other shown fields, characters of its text, its row in `blocks` (-1 if none)]; left out
 *   when there is none
 * @property {string[]} [types] the schema.org types the page declares (JSON-LD `@type`, microdata `itemtype`), by
 *   their last name ("Recipe", "NewsArticle"), distinct, in the order found; left out when there is none
 * @property {{ capped: boolean, linksFound: number, maxLinks: number, textTruncated: boolean, maxTextChars: number }} limits
 */

/**
 * Collects a `PageSnapshot` of the current document. Never throws.
 * @param {ExtractOptions} [options]
 * @returns {PageSnapshot}
 */
function extractPageSnapshot(options) {
  'use strict';

  // ---- limits (the per-field caps are not reported: they are routine, not hostile) ----
  const MAX_TEXT = 300; // link text, title, alt, heading text, page title
  const MAX_URL = 4096; // hrefs: longer ones are data: URLs or abuse
  const MAX_ATTR = 300; // rel
  const MAX_SHORT = 100; // target, lang, date values
  const MAX_META = 1000;
  const MAX_SURROUNDING = 160; // the core quotes 140 characters of it beside the best links
  const SURROUNDING_MORE = 12; // characters beyond the link's own text that make its surrounding worth sending
  const MAX_BLOCK_TEXT = 20000; // text read from one block to centre the surrounding window
  const MAX_SEARCH = 8000; // text searched for one link's anchor in its block
  const MAX_HEADINGS = 100;
  const MAX_DEPTH = 64; // ancestor walks
  const MAX_JSON_LD = 20;
  const MAX_JSON_LD_CHARS = 100000;
  const MAX_JSON_LD_NODES = 5000;
  const MAX_TYPES = 20; // schema.org types kept
  const MAX_ITEMTYPES = 200; // microdata elements read for them
  const MAX_TIME_ELEMENTS = 10;
  const MAX_DATES = 40;
  const MAX_EMAILS = 200; // e-mail candidates (the core judges them and keeps 20 at most)
  const MAX_EMAIL_CHARS = 512; // longer candidates are dropped whole (never cut into another address)
  const MAX_PHONES = 20;
  const MAX_SCRIPTS = 500;
  const MAX_INLINE_SCRIPTS = 50;
  const MAX_INLINE_SCRIPT_CHARS = 50000;
  const MAX_WALK_NODES = 1000000; // text nodes read by the page text walk
  const MAX_SCAN_CHARS = 5000000; // text read to count words (the sample itself is smaller)
  const MAX_LINK_NODES = 2000; // nodes read under one link for its text and image
  const BIG_LINK_NODES = 256; // a link holding this many nodes is measured by its first text
  const MAX_BLOCK_CHARS_TOTAL = 4000000; // text read by all surrounding-text block reads together
  const MAX_BLOCK_NODES_TOTAL = 1000000; // nodes visited by all block reads together
  const MAX_SCAN_ELEMENTS = 500000; // elements visited looking for SVG and shadow-root links
  const MAX_SHADOW_ROOTS = 10000;
  const MAX_SHADOW_DEPTH = 16; // shadow roots inside shadow roots
  const MAX_FRAMES = 1000; // frames counted (their links are counted apart)
  const MAX_FRAME_DEPTH = 3; // frames inside same-origin frames
  const MAX_BLOCKS = 30000; // blocks listed for placement (past it, the core falls back on landmarks)
  const MAX_HINT = 120; // id and class of one block
  const PARAGRAPH_CHARS = 25; // a block with this much text of its own is listed even without links
  const MAX_LANG_DEPTH = 5000; // memoised ancestor walks (linear in total, so deep is fine)
  const MAX_PASSWORD_FIELDS = 200; // password fields looked at
  const MAX_PASSWORD_FORMS = 8; // forms with a shown password field reported
  const MAX_FORM_FIELDS = 200; // fields of one form counted
  const MAX_FORM_NODES = 5000; // text nodes of one form read
  const MAX_PANEL_CHARS = 3000; // text of a form that is a log-in or sign-up panel, not a wrapper of the page

  /** @param {unknown} v @param {number} fallback */
  function positiveInt(v, fallback) {
    return typeof v === 'number' && Number.isFinite(v) && v >= 1 ? Math.floor(Math.min(v, 10000000)) : fallback;
  }

  /**
   * The snapshot with every field at its default: what a failing section leaves.
   * @param {number} maxLinks @param {number} maxTextChars
   * @returns {PageSnapshot}
   */
  function emptySnapshot(maxLinks, maxTextChars) {
    return {
      schemaVersion: 1,
      url: '',
      contentType: '',
      lang: '',
      title: '',
      meta: { description: '', robots: '', keywords: '', generator: '' },
      canonical: '',
      headings: [],
      textSample: '',
      wordCount: 0,
      dates: [],
      emails: [],
      phones: [],
      tech: { favicon: false, googleTagManager: false, analytics: false },
      links: [],
      blocks: [],
      frames: { frames: 0, read: 0, withLinks: 0, links: 0 },
      limits: { capped: false, linksFound: 0, maxLinks, textTruncated: false, maxTextChars },
    };
  }

  const opts = options && typeof options === 'object' ? options : {};
  const maxLinks = positiveInt(opts.maxLinks, 20000);
  const maxTextChars = positiveInt(opts.maxTextChars, 200000);

  const snap = emptySnapshot(maxLinks, maxTextChars);


  // Everything below runs inside one try as a last resort: in the page's main world (the e2e
  // tools) a page can break built-ins, and the snapshot collected so far is still returned.
  try {
    // Elements whose text is not content.
    const SKIP_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'select', 'textarea']);
    // Inline elements: text on both sides belongs to the same run (no word break between nodes).
    const INLINE = new Set(['a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'label', 'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr', 'img', 'picture', 'source']);
    // Any descendant matching this needs the walker (a block boundary, or text that is not content).
    const NOT_INLINE = ':not(' + Array.from(INLINE).join(',') + ')';
    const PROSE_BLOCKS = new Set(['p', 'blockquote', 'dd', 'td', 'figcaption']);
    const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
    const SURROUNDING_BLOCKS = new Set(['p', 'li', 'td', 'dd', 'blockquote', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
    // Elements whose text `textContent` would include but a reader never sees.
    const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template']);
    // HTML elements that may host a shadow root (besides custom elements, whose names have a "-").
    const SHADOW_HOSTS = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span']);
    const HTML_NS = 'http://www.w3.org/1999/xhtml';
    const SVG_NS = 'http://www.w3.org/2000/svg';
    const XLINK_NS = 'http://www.w3.org/1999/xlink';
    // An http(s) URL the URL parser leaves unchanged: lower-case scheme and host (a letter-led
    // last label, so no IPv4 rewriting), no userinfo or port, a path, and only characters no part
    // of the URL escapes (no "%", quotes, spaces, backslashes or non-ASCII). Dot segments are
    // excluded by DOT_SEGMENT.
    const CANONICAL_URL = /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*\/[A-Za-z0-9\-._~!$&()*+,;=:@/]*(?:\?[A-Za-z0-9\-._~!$&()*+,;=:@/?]*)?(?:#[A-Za-z0-9\-._~!$&()*+,;=:@/?]*)?$/;
    const DOT_SEGMENT = /\/\.\.?(?:[/?#]|$)/;
    // Finds e-mail-like strings in text (a word, "@", dotted words): candidates, not verdicts.
    // Which are addresses is the core's call (src/prospect/contacts.rs: "logo@2x.png" is not).
    const EMAIL_LIKE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}\b/g;
    const WORD_CHAR = /[\p{L}\p{N}]/u;
    // Input types a person does not type into (buttons, boxes, hidden values).
    const NOT_FILLED_IN = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'checkbox', 'radio', 'file', 'range', 'color']);

    // ---- small helpers ----

    /** @param {() => void} section */
    function guard(section) {
      try {
        section();
      } catch (_) {
        // Keep the section's defaults: a hostile or odd page must not cost the whole snapshot.
      }
    }

    /**
     * A substring that never splits a surrogate pair, made well-formed (lone surrogates from
     * script-made text would make the JSON unreadable for serde).
     * @param {string} s @param {number} start @param {number} end
     */
    function slice(s, start, end) {
      if (start > 0 && start < s.length && isLowSurrogate(s.charCodeAt(start))) start++;
      if (end < s.length && end > start && isLowSurrogate(s.charCodeAt(end))) end--;
      const out = start === 0 && end >= s.length ? s : s.slice(start, end);
      return typeof out.isWellFormed !== 'function' || out.isWellFormed() ? out : out.toWellFormed();
    }

    /** @param {number} c */
    function isLowSurrogate(c) {
      return c >= 0xdc00 && c <= 0xdfff;
    }

    /** @param {unknown} s @param {number} max */
    function cap(s, max) {
      return typeof s === 'string' ? slice(s, 0, max) : '';
    }

    /**
     * Whitespace runs → one space. Only runs and non-space whitespace are matched: a regex
     * hitting every single space is an order of magnitude slower on big texts.
     * @param {string} s
     */
    function collapse(s) {
      return s.replace(/\s{2,}|[^\S ]/g, ' ');
    }

    /**
     * Whitespace collapsed and trimmed, capped; only a bounded head of a huge string is read.
     * @param {unknown} s @param {number} max
     */
    function clean(s, max) {
      if (typeof s !== 'string' || s === '') return '';
      const head = s.length > max * 64 ? s.slice(0, max * 64) : s;
      return cap(collapse(head).trim(), max);
    }

    /** @type {Uint8Array | null} per UTF-16 unit: 0 unknown yet, 1 letter/digit, 2 other */
    let wordTable = null;

    /**
     * Runs of letters/digits (`/[\p{L}\p{N}]+/u`), counted by a char loop over a lookup table:
     * matching that regex allocates a string per word and costs several times more.
     * @param {string} s
     */
    function countWords(s) {
      let table = wordTable;
      if (!table) {
        table = wordTable = new Uint8Array(65536);
        for (let c = 0; c < 128; c++) table[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;
      }
      let words = 0;
      let prev = 2;
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        let t = table[c];
        if (t === 0) {
          if (c >= 0xd800 && c <= 0xdbff) {
            t = WORD_CHAR.test(s.slice(i, i + 2)) ? 1 : 2; // astral letters (e.g. rare CJK) come as pairs
            i++;
          } else {
            table[c] = t = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
          }
        }
        if (t === 1 && prev !== 1) words++;
        prev = t;
      }
      return words;
    }

    /** @param {Element} el @param {string} name */
    function attr(el, name) {
      const v = el.getAttribute(name);
      return v === null ? '' : v;
    }

    /**
     * Walks the content text under `root` in document order without recursion, skipping
     * non-content subtrees. `onText` returns false to stop. Returns false when the node budget ran out.
     * @param {Node} root
     * @param {(text: string) => boolean | void} onText
     * @param {((el: Element, entering: boolean) => void) | null} onElement
     * @param {number} budget
     */
    function walkText(root, onText, onElement, budget) {
      /** @type {Node | null} */
      let node = root.firstChild;
      let steps = 0;
      while (node) {
        if (++steps > budget) return false;
        let descend = false;
        if (node.nodeType === 3) {
          if (onText(/** @type {Text} */ (node).data) === false) return true;
        } else if (node.nodeType === 1) {
          const el = /** @type {Element} */ (node);
          if (!SKIP_TEXT.has(el.localName)) {
            if (onElement) onElement(el, true);
            if (el.firstChild) descend = true;
            else if (onElement) onElement(el, false);
          }
        }
        if (descend && node.firstChild) {
          node = node.firstChild;
          continue;
        }
        /** @type {Node} */
        let at = node;
        while (!at.nextSibling) {
          const up = at.parentNode;
          if (!up || up === root) return true;
          at = up;
          if (onElement && at.nodeType === 1) onElement(/** @type {Element} */ (at), false);
        }
        node = at.nextSibling;
      }
      return true;
    }

    /**
     * The text under `root` as `textContent` reads it (minus script and style), but bounded: at
     * most `maxChars` characters and `maxNodes` nodes, so a link wrapping 3,000 nested links with
     * long texts costs no more than a short one. With `findImage`, also its first <img>.
     * @param {Node} root @param {number} maxChars @param {number} maxNodes @param {boolean} findImage
     * @returns {{ text: string, image: Element | null, nodes: number, firstText: Node | null }}
     *   `nodes` read (`maxNodes` when cut), the first text node with more than whitespace
     */
    function readText(root, maxChars, maxNodes, findImage) {
      /** @type {string[]} */
      const parts = [];
      let len = 0;
      /** @type {Element | null} */
      let image = null;
      /** @type {Node | null} */
      let firstText = null;
      let steps = 0;
      // Past the text, an image is looked for a little further only.
      let imageSteps = 200;
      /** @type {Node | null} */
      let node = root.firstChild;
      for (; node && steps < maxNodes; steps++) {
        let descend = false;
        if (node.nodeType === 3) {
          if (len < maxChars) {
            const data = /** @type {Text} */ (node).data;
            if (!firstText && /\S/.test(data)) firstText = node;
            parts.push(data.length > maxChars - len ? data.slice(0, maxChars - len) : data);
            len += data.length;
          } else if (!findImage || image || --imageSteps < 0) {
            break;
          }
        } else if (node.nodeType === 1) {
          const name = /** @type {Element} */ (node).localName;
          if (name === 'img') {
            if (!image && findImage) image = /** @type {Element} */ (node);
            if (len >= maxChars) break;
          } else if (!NOT_TEXT.has(name)) {
            descend = node.firstChild !== null;
          }
        }
        if (descend) {
          node = node.firstChild;
          continue;
        }
        while (node && node !== root && !node.nextSibling) node = node.parentNode;
        if (!node || node === root) break;
        node = node.nextSibling;
      }
      return { text: parts.join(''), image, nodes: steps, firstText };
    }

    // ---- page-level fields ----

    /** @type {Element[]} the elements of `snap.headings`, in order (their boxes are found with the links' blocks) */
    const headingElements = [];

    observePageFields();

    /** The page's own fields: URL, language, title, meta tags, headings, dates, tech. */
    function observePageFields() {
      const ANALYTICS_RE = /google-analytics\.com|googletagmanager\.com\/gtag\/js|plausible\.io|matomo|piwik|clarity\.ms|static\.hotjar|stats\.wp\.com/i;
      const GTM_SRC_RE = /googletagmanager\.com\/gtm\.js/i;
      const GTM_ID_RE = /GTM-[A-Z0-9]{4,}/;
      /** meta name/property/itemprop (lowercased) → [kind, source] */
      const META_DATES = new Map([
        ['article:published_time', ['published', 'meta:article:published_time']],
        ['article:modified_time', ['modified', 'meta:article:modified_time']],
        ['og:updated_time', ['modified', 'meta:og:updated_time']],
        ['date', ['published', 'meta:date']],
        ['dc.date', ['published', 'meta:dc.date']],
        ['datepublished', ['published', 'meta:datePublished']],
        ['datemodified', ['modified', 'meta:dateModified']],
      ]);

      guard(() => {
        // The page's own URL is its saved record's identity: never cut at MAX_URL (that would save
        // a record that matches no page). Chrome's own limit (2 MB, url::kMaxURLChars) bounds it.
        snap.url = cap(location.href, 2 * 1024 * 1024);
        snap.contentType = cap(String(document.contentType || ''), MAX_SHORT);
      });
      guard(() => {
        snap.lang = clean(document.documentElement.getAttribute('lang') || '', MAX_SHORT);
      });
      guard(() => {
        snap.title = clean(document.title, MAX_TEXT);
      });

      /** @type {Set<string>} */
      const dateKeys = new Set();
      /** @param {string} kind @param {string} source @param {unknown} value */
      function addDate(kind, source, value) {
        const v = clean(value, MAX_SHORT);
        const key = kind + '\u0000' + source + '\u0000' + v;
        if (!v || dateKeys.has(key) || snap.dates.length >= MAX_DATES) return;
        dateKeys.add(key);
        snap.dates.push({ kind, source, value: v });
      }

      // Meta tags, in document order: description/robots/keywords/generator and dates.
      guard(() => {
        const robots = [];
        const googlebot = [];
        const metas = document.getElementsByTagName('meta');
        for (let i = 0; i < metas.length && i < 1000; i++) {
          const m = metas[i];
          const content = attr(m, 'content');
          const name = (m.getAttribute('name') || m.getAttribute('property') || '').trim().toLowerCase();
          if (name === 'description' && !snap.meta.description) snap.meta.description = clean(content, MAX_META);
          else if (name === 'keywords' && !snap.meta.keywords) snap.meta.keywords = clean(content, MAX_META);
          else if (name === 'generator' && !snap.meta.generator) snap.meta.generator = clean(content, MAX_META);
          // The page's address as it shares itself (many pages carry no rel=canonical).
          else if (name === 'og:url' && !snap.meta.ogUrl && content.trim()) snap.meta.ogUrl = cap(content.trim(), MAX_URL);
          else if (name === 'robots') robots.push(clean(content, MAX_META));
          else if (name === 'googlebot') googlebot.push(clean(content, MAX_META));
          const date = META_DATES.get(name) || META_DATES.get(attr(m, 'itemprop').trim().toLowerCase());
          if (date) addDate(date[0], date[1], content);
        }
        snap.meta.robots = cap(robots.concat(googlebot).filter(Boolean).join(', '), MAX_META);
      });

      guard(() => {
        const link = /** @type {HTMLLinkElement | null} */ (document.querySelector('link[rel~="canonical" i][href]'));
        if (link) snap.canonical = cap(link.href, MAX_URL);
      });

      guard(() => {
        const hs = document.querySelectorAll('h1, h2, h3, h4, h5, h6');
        for (let i = 0; i < hs.length && snap.headings.length < MAX_HEADINGS; i++) {
          snap.headings.push({ level: Number(hs[i].localName.charAt(1)) || 0, text: clean(readText(hs[i], MAX_TEXT * 8, MAX_LINK_NODES, false).text, MAX_TEXT), block: -1 });
          headingElements.push(hs[i]);
        }
      });

      guard(() => {
        const times = document.querySelectorAll('time[datetime]');
        for (let i = 0; i < times.length && i < MAX_TIME_ELEMENTS; i++) {
          const t = times[i];
          const hint = (attr(t, 'itemprop') + ' ' + attr(t, 'class')).toLowerCase();
          const modified = hint.includes('datemodified') || hint.includes('updated') || hint.includes('modified');
          addDate(modified ? 'modified' : 'published', 'time', attr(t, 'datetime'));
        }
      });

      /** @type {string[]} */
      const types = [];
      /** A schema.org type by its last name ("http://schema.org/Recipe", "schema:Recipe": "Recipe"). @param {unknown} t */
      const addType = (t) => {
        if (typeof t !== 'string' || types.length >= MAX_TYPES) return;
        const name = clean(t.slice(Math.max(t.lastIndexOf('/'), t.lastIndexOf(':'), t.lastIndexOf('#')) + 1), MAX_SHORT);
        if (name && !types.includes(name)) types.push(name);
      };

      // JSON-LD: datePublished / dateModified and the @types anywhere in the graph (bounded depth and size).
      guard(() => {
        const scripts = document.querySelectorAll('script[type="application/ld+json" i]');
        let budget = MAX_JSON_LD_NODES;
        /** @param {unknown} v @param {number} depth */
        const visit = (v, depth) => {
          if (depth > 12 || --budget < 0 || v === null || typeof v !== 'object') return;
          if (Array.isArray(v)) {
            for (const item of v) visit(item, depth + 1);
            return;
          }
          const obj = /** @type {Record<string, unknown>} */ (v);
          for (const key of Object.keys(obj)) {
            const val = obj[key];
            if (key === 'datePublished' || key === 'dateModified') {
              const kind = key === 'datePublished' ? 'published' : 'modified';
              for (const one of Array.isArray(val) ? val : [val]) {
                const s = one && typeof one === 'object' ? /** @type {Record<string, unknown>} */ (one)['@value'] : one;
                if (typeof s === 'string') addDate(kind, 'json-ld', s);
              }
            } else if (key === '@type') {
              for (const one of Array.isArray(val) ? val : [val]) addType(one);
            } else if (val && typeof val === 'object') {
              visit(val, depth + 1);
            }
          }
        };
        for (let i = 0; i < scripts.length && i < MAX_JSON_LD; i++) {
          try {
            const text = scripts[i].textContent || '';
            if (text.length > MAX_JSON_LD_CHARS) continue;
            visit(JSON.parse(text), 0);
          } catch (_) {
            // Broken JSON-LD is common; skip that block.
          }
        }
        if (types.length) snap.types = types;
      });

      // Microdata: itemtype holds one or more type URLs.
      guard(() => {
        const items = document.querySelectorAll('[itemtype]');
        for (let i = 0; i < items.length && i < MAX_ITEMTYPES; i++) {
          for (const t of attr(items[i], 'itemtype').slice(0, MAX_ATTR).split(/\s+/)) addType(t);
        }
        if (types.length) snap.types = types;
      });

      guard(() => {
        snap.tech.favicon = document.querySelector('link[rel~="icon" i]') !== null;
      });

      guard(() => {
        const scripts = document.scripts;
        let inline = 0;
        for (let i = 0; i < scripts.length && i < MAX_SCRIPTS; i++) {
          const s = scripts[i];
          const src = attr(s, 'src');
          if (src) {
            if (GTM_SRC_RE.test(src)) snap.tech.googleTagManager = true;
            if (ANALYTICS_RE.test(src)) snap.tech.analytics = true;
          } else if (inline < MAX_INLINE_SCRIPTS) {
            inline++;
            const text = (s.textContent || '').slice(0, MAX_INLINE_SCRIPT_CHARS);
            if (GTM_ID_RE.test(text) || GTM_SRC_RE.test(text)) snap.tech.googleTagManager = true;
            if (ANALYTICS_RE.test(text)) snap.tech.analytics = true;
          }
        }
        // GTM's <noscript> fallback iframe.
        if (!snap.tech.googleTagManager && document.querySelector('iframe[src*="googletagmanager.com/ns.html" i]')) {
          snap.tech.googleTagManager = true;
        }
      });
    }

    // ---- main text: sample, word count; other text kept only to find e-mail addresses ----

    let otherText = '';
    /** @type {Map<Node, number[]>} per block (nearest non-inline ancestor of text): [own text, link text] characters */
    const textOfBlocks = new Map();
    guard(readMainText);
    /** @type {Element[]} the forms holding a shown password field, in order (their blocks are listed with the links') */
    const passwordForms = [];
    /** @type {[number, number, number, number][]} what is observed of each (`snap.passwordForms`) */
    const passwordFormRows = [];
    guard(observePasswordForms);

    /**
     * The forms holding a visible password field (a form-less field stands for its own form), at
     * most MAX_PASSWORD_FORMS: the core reads a login or registration page from how much of the
     * main text they are and where they sit (src/prospect/factors/page_kind.rs; their blocks are
     * listed with the links'). Only shown fields count: a page's hidden log-in pop-up is no
     * log-in page.
     */
    function observePasswordForms() {
      const fields = document.querySelectorAll('input[type="password" i]');
      /** @type {Set<Element>} */
      const seen = new Set();
      for (let i = 0; i < fields.length && i < MAX_PASSWORD_FIELDS && passwordFormRows.length < MAX_PASSWORD_FORMS; i++) {
        const field = /** @type {HTMLInputElement} */ (fields[i]);
        if (!isShownField(field)) continue;
        const [form, chars] = boxOfField(field);
        if (seen.has(form)) continue;
        seen.add(form);
        let passwords = 0;
        let inputs = 0;
        const controls = form === field ? [field] : Array.from(form.querySelectorAll('input, select, textarea')).slice(0, MAX_FORM_FIELDS);
        for (const control of controls) {
          const type = control.localName === 'input' ? (control.getAttribute('type') || 'text').toLowerCase() : control.localName;
          if (NOT_FILLED_IN.has(type) || !isShownField(control)) continue;
          if (type === 'password') passwords++;
          else inputs++;
        }
        passwordFormRows.push([passwords, inputs, chars, -1]);
        passwordForms.push(form);
      }
    }

    /**
     * The field's form and the characters of its text; when that form wraps the page (ASP.NET's
     * one form around everything), the largest box around the field within it holding at most a
     * log-in panel's text; a field in no form stands for itself (no text).
     * @param {HTMLInputElement} field
     * @returns {[Element, number]}
     */
    function boxOfField(field) {
      const form = field.form;
      if (!form) return [field, 0];
      const formChars = textChars(form, MAX_PANEL_CHARS + 1);
      if (formChars <= MAX_PANEL_CHARS) return [form, formChars];
      /** @type {[Element, number]} */
      let box = [field, 0];
      for (let e = field.parentElement, depth = 0; e && e !== form && depth < MAX_DEPTH; e = e.parentElement, depth++) {
        const chars = textChars(e, MAX_PANEL_CHARS + 1);
        if (chars > MAX_PANEL_CHARS) break;
        box = [e, chars];
      }
      return box;
    }

    /** Shown to the reader: rendered, not transparent, with a box (no 0- or 1-pixel honeypot). @param {Element} el */
    function isShownField(el) {
      if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
      const box = el.getBoundingClientRect();
      return box.width > 1 && box.height > 1;
    }

    /**
     * Characters of the text in `root` as the main text reads it (no script, style or option
     * lists), counted up to `max`.
     * @param {Element} root @param {number} max
     */
    function textChars(root, max) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let chars = 0;
      for (let node = walker.nextNode(), n = 0; node && n < MAX_FORM_NODES && chars < max; node = walker.nextNode(), n++) {
        /** @type {Element | null} */
        let e = node.parentElement;
        let skip = false;
        for (let depth = 0; e && e !== root && depth < MAX_DEPTH; depth++, e = e.parentElement) if (SKIP_TEXT.has(e.localName) || hiddenByMarkup(e)) skip = true;
        if (!skip) chars += contentLength(/** @type {Text} */ (node).data);
      }
      return Math.min(chars, max);
    }

    /** Characters of `s` without its leading and trailing whitespace (no copy made). @param {string} s */
    function contentLength(s) {
      let a = 0;
      let b = s.length;
      while (a < b && s.charCodeAt(a) <= 32) a++;
      while (b > a && s.charCodeAt(b - 1) <= 32) b--;
      return b - a;
    }

    /**
     * Whether the page's own markup hides `el` (the `hidden` attribute, an inline `display:
     * none`): its text is not shown, so it is not the page's text. A government site's list of
     * links kept each link's address in a hidden item beside it, which read as a column of
     * sentences that outweighed the story (blind round 28). Stylesheets are not read: one style
     * computation per element would cost a layout pass on huge pages.
     * @param {Element} el
     */
    function hiddenByMarkup(el) {
      return el.hasAttribute('hidden') || /** @type {HTMLElement} */ (el).style?.display === 'none';
    }

    /** The main text's sample and word count; the rest of the page's text, for e-mail candidates. */
    function readMainText() {
      const body = document.body || document.documentElement;
      if (!body) return;
      const articles = document.getElementsByTagName('article');
      // Several <article>s (an index page): none of them is "the" content, so use the body.
      const root = document.querySelector('main') || document.querySelector('[role="main" i]') || (articles.length === 1 ? articles[0] : null) || body;

      /**
       * What a text node's parent says about its text, memoised per element: inside a skipped
       * subtree, inside the root, inside a link, and its block (nearest non-inline ancestor-or-self).
       * @typedef {{ skip: boolean, inRoot: boolean, inLink: boolean, block: Node }} TextPlace
       * @type {Map<Node, TextPlace>}
       */
      const places = new Map();
      /** @type {TextPlace} */
      const top = { skip: false, inRoot: root === body, inLink: false, block: body };
      places.set(body, top);
      /** @param {Node} parent @returns {TextPlace} */
      const placeOf = (parent) => {
        const known = places.get(parent);
        if (known) return known;
        /** @type {Node[]} */
        const chain = [];
        /** @type {Node | null} */
        let e = parent;
        let above = top;
        for (; e; e = e.parentNode) {
          const p = places.get(e);
          if (p) {
            above = p;
            break;
          }
          chain.push(e);
        }
        for (let i = chain.length - 1; i >= 0; i--) {
          const el = chain[i];
          const name = el.nodeType === 1 ? /** @type {Element} */ (el).localName : '';
          above = {
            skip: above.skip || SKIP_TEXT.has(name) || (el.nodeType === 1 && hiddenByMarkup(/** @type {Element} */ (el))),
            inRoot: above.inRoot || el === root,
            inLink: above.inLink || name === 'a',
            block: name && INLINE.has(name) ? above.block : el,
          };
          places.set(el, above);
        }
        return above;
      };

      // A TreeWalker over text nodes only, with the memo above, costs far less per node than a
      // walk visiting every element. Raw data is joined and processed in one go at the end.
      /** @type {string[]} */
      const main = [];
      /** @type {string[]} */
      const other = [];
      let mainLen = 0;
      let otherLen = 0;
      let truncated = false;
      /** @type {Node | null} */
      let lastBlock = null;
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (++seen > MAX_WALK_NODES || mainLen > MAX_SCAN_CHARS) {
          truncated = true;
          break;
        }
        const place = placeOf(/** @type {Node} */ (node.parentNode));
        if (place.skip) continue;
        const data = /** @type {Text} */ (node).data;
        const chars = contentLength(data);
        if (chars > 0) {
          let counts = textOfBlocks.get(place.block);
          if (!counts) textOfBlocks.set(place.block, (counts = [0, 0]));
          counts[place.inLink ? 1 : 0] += chars;
        }
        // Block boundaries separate words: "<li>one</li><li>two</li>", "one<br>two".
        const prev = node.previousSibling;
        const boundary = place.block !== lastBlock || (prev !== null && prev.nodeType === 1 && !INLINE.has(/** @type {Element} */ (prev).localName));
        lastBlock = place.block;
        if (place.inRoot) {
          if (boundary) main.push(' ');
          main.push(data);
          mainLen += data.length;
        } else if (otherLen < maxTextChars) {
          if (boundary) other.push(' ');
          other.push(data);
          otherLen += data.length;
        }
      }
      const text = collapse(main.join(''));
      snap.wordCount = countWords(text);
      if (text.length > maxTextChars) truncated = true;
      snap.textSample = cap(text, maxTextChars).trim();
      snap.limits.textTruncated = truncated;
      otherText = collapse(other.join(''));
    }

    // Contacts found while walking the links. Contact pages and social profiles are no lists
    // here: the core finds them among the links (src/prospect/contacts.rs).
    /** @type {Set<string>} */
    const emails = new Set();
    /** @type {Set<string>} */
    const phones = new Set();
    let baseUrl = '';
    guard(() => {
      baseUrl = document.baseURI;
    });

    /**
     * An e-mail candidate as written (trimmed): the core decides whether it is an address.
     * @param {string} candidate
     */
    function addEmail(candidate) {
      const a = candidate.trim();
      if (a && a.length <= MAX_EMAIL_CHARS && emails.size < MAX_EMAILS) emails.add(a);
    }

    /** @param {string} s */
    function decode(s) {
      try {
        return decodeURIComponent(s);
      } catch (_) {
        return s;
      }
    }

    /**
     * The addresses of a `mailto:` link and the number of a `tel:` link. The href is already
     * normalized by the browser (lower-case scheme), so a cheap test of its first character
     * rejects most links (no URL getters: each one re-parses).
     * @param {string} href
     */
    function collectContacts(href) {
      const first = href.charCodeAt(0);
      if (first === 109 /* m */ && href.startsWith('mailto:')) {
        const to = href.slice('mailto:'.length).split('?')[0];
        for (const one of decode(to).split(/[,;]/)) addEmail(one);
      } else if (first === 116 /* t */ && href.startsWith('tel:')) {
        const number = clean(decode(href.slice('tel:'.length)), 50);
        if (number && phones.size < MAX_PHONES) phones.add(number);
      }
    }

    // ---- links ----

    observeLinks();

    /**
     * Observes every link (into `snap.links`) and counts the frames' links. Its memos live as
     * long as one extraction: every link's ancestor walks share them.
     */
    function observeLinks() {

      /** @type {Map<Element, Region>} nearest landmark at or above an element */
      const regionCache = new Map();
      /** @type {Map<Element, string>} nearest lang at or above an element */
      const langCache = new Map();
      /** @type {Map<Element, boolean>} an element at or above clips its content to nothing */
      const clipCache = new Map();
      /** @type {Map<Element, Element | null>} the content-visibility:auto element skipping an element's rendering */
      const skipperCache = new Map();
      /** @type {Map<Element, Visibility>} visibility of a skipping content-visibility:auto element */
      const skipperVisibility = new Map();
      /** @type {Map<Element, string>} */
      const blockTextCache = new Map();
      /** @type {Map<Element, boolean>} */
      const ownTextCache = new Map();
      /** @type {Map<Element, number>} where the last link of a block was found in its text */
      const blockCursor = new Map();
      /** @type {Map<Element, Visibility>} image maps → visibility of their image */
      const mapCache = new Map();
      // Nested blocks (3,000 nested <a> or <blockquote>) would make per-block reads quadratic: all
      // block reads share one budget, and past it each block gets only a small one.
      const blockBudget = { chars: MAX_BLOCK_CHARS_TOTAL, nodes: MAX_BLOCK_NODES_TOTAL };
      // The page's reachable extent. Content lies past it only when something clips it; to the
      // right that is often a carousel, so there a box must be a whole screen further out.
      let docWidth = 0;
      let docHeight = 0;
      let scrollX = 0;
      let scrollY = 0;
      guard(() => {
        const de = document.documentElement;
        const body = document.body;
        // "overflow-x: hidden" on html/body (passed on to the viewport) makes everything past the
        // viewport's width unreachable, though scrollWidth still counts it.
        const clipsX = (/** @type {Element | null} */ e) => !!e && /hidden|clip/.test(getComputedStyle(e).overflowX);
        const width = clipsX(de) || clipsX(body) ? de.clientWidth : Math.max(de.scrollWidth, body ? body.scrollWidth : 0, de.clientWidth);
        docWidth = width + de.clientWidth;
        docHeight = Math.max(de.scrollHeight, body ? body.scrollHeight : 0, de.clientHeight);
        scrollX = window.scrollX || 0;
        scrollY = window.scrollY || 0;
      });
      const VISIBILITY_OPTIONS = { checkOpacity: true, checkVisibilityCSS: true, opacityProperty: true, visibilityProperty: true };
      const NOT_SKIPPED = { contentVisibilityAuto: true };
      const RENDERED_NOT_SKIPPED = { ...VISIBILITY_OPTIONS, ...NOT_SKIPPED };
      const INLINE_HIDDEN = /display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|opacity\s*:\s*0*(?:\.0*)?\s*(?:;|!|$)/i;

      /**
       * The shadow root an element hosts: open ones from `el.shadowRoot` (a cheap getter); closed
       * ones only on custom elements (where components keep them), from
       * `chrome.dom.openOrClosedShadowRoot`, which extensions' isolated worlds have (not the e2e
       * tools' main world). That call costs ~3 µs: on every div and span of a 3,000-link page it
       * added ~20 ms to the popup's critical path.
       * @returns {(el: Element, custom: boolean) => ShadowRoot | null}
       */
      function shadowRootReader() {
        try {
          const dom = typeof chrome === 'object' && chrome ? /** @type {any} */ (chrome).dom : undefined;
          if (dom && typeof dom.openOrClosedShadowRoot === 'function') {
            return (el, custom) => {
              const open = el.shadowRoot;
              if (open || !custom) return open;
              try {
                return dom.openOrClosedShadowRoot(el) || null;
              } catch (_) {
                return null;
              }
            };
          }
        } catch (_) {
          // No extension API here.
        }
        return (el) => el.shadowRoot;
      }

      /**
       * True for an element `document.links` would list (`<a href>`, `<area href>`) and for SVG
       * links (`<a href>`, `<a xlink:href>` inside `<svg>`), which it leaves out.
       * @param {Element} el
       */
      function isLink(el) {
        const name = el.localName;
        if (name === 'a') {
          const ns = el.namespaceURI;
          if (ns === HTML_NS) return el.hasAttribute('href');
          return ns === SVG_NS && (el.hasAttribute('href') || el.hasAttributeNS(XLINK_NS, 'href'));
        }
        return name === 'area' && el.namespaceURI === HTML_NS && el.hasAttribute('href');
      }

      /**
       * Every link of the page in document order (a shadow root's links right after its host),
       * and the frames met on the way. `document.links` misses SVG links and links in shadow roots,
       * so the elements are walked, within bounds (elements visited, shadow roots, their nesting);
       * past them the page is hostile or huge and `document.links` is used as it is.
       * @param {number} limit links kept at most (the rest are only counted)
       * @returns {{ links: Element[], found: number, frames: Element[] }}
       */
      function findLinks(limit) {
        /** @type {Element[]} */
        const links = [];
        /** @type {Element[]} */
        const frames = [];
        let found = 0;
        let visited = 0;
        let shadowRoots = 0;
        const shadowOf = shadowRootReader();
        const start = document.documentElement;
        /** @type {{ walker: TreeWalker, depth: number }[]} */
        const stack = start ? [{ walker: document.createTreeWalker(start, NodeFilter.SHOW_ELEMENT), depth: 0 }] : [];
        while (stack.length > 0) {
          const top = stack[stack.length - 1];
          const el = /** @type {Element | null} */ (top.walker.nextNode());
          if (!el) {
            stack.pop();
            continue;
          }
          if (++visited > MAX_SCAN_ELEMENTS) return documentLinks(limit);
          const name = el.localName;
          if (isLink(el)) {
            found++;
            if (links.length < limit) links.push(el);
          } else if ((name === 'iframe' || name === 'frame') && frames.length < MAX_FRAMES) {
            frames.push(el);
          }
          // Only custom elements and a few HTML elements can host a shadow root.
          const custom = name.includes('-');
          if ((custom || SHADOW_HOSTS.has(name)) && top.depth < MAX_SHADOW_DEPTH && shadowRoots < MAX_SHADOW_ROOTS) {
            const root = shadowOf(el, custom);
            if (root) {
              shadowRoots++;
              stack.push({ walker: document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT), depth: top.depth + 1 });
            }
          }
        }
        return { links, found, frames };
      }

      /**
       * The fallback of `findLinks`: the document's own link list, no SVG or shadow links.
       * @param {number} limit
       */
      function documentLinks(limit) {
        const all = document.links;
        /** @type {Element[]} */
        const links = [];
        for (let i = 0; i < all.length && i < limit; i++) links.push(all[i]);
        const frames = Array.from(document.querySelectorAll('iframe, frame')).slice(0, MAX_FRAMES);
        return { links, found: all.length, frames };
      }

      /**
       * Links inside frames belong to other documents: counted apart, never mixed into the page's.
       * Same-origin frames are read (and their own frames, a few levels down); other sites' frames
       * cannot be, and are only counted.
       * @param {Element[]} frames
       */
      function countFrames(frames) {
        const counts = { frames: 0, read: 0, withLinks: 0, links: 0 };
        /** @type {{ el: Element, depth: number }[]} */
        const queue = frames.map((el) => ({ el, depth: 0 }));
        for (let i = 0; i < queue.length && counts.frames < MAX_FRAMES; i++) {
          const { el, depth } = queue[i];
          counts.frames++;
          try {
            const doc = /** @type {HTMLIFrameElement} */ (el).contentDocument;
            if (!doc) continue;
            counts.read++;
            const n = doc.links.length + doc.getElementsByTagNameNS(SVG_NS, 'a').length;
            if (n > 0) counts.withLinks++;
            counts.links = Math.min(counts.links + n, 4294967295);
            if (depth < MAX_FRAME_DEPTH) {
              const inner = doc.querySelectorAll('iframe, frame');
              for (let j = 0; j < inner.length && queue.length < MAX_FRAMES; j++) queue.push({ el: inner[j], depth: depth + 1 });
            }
          } catch (_) {
            // Another site's frame: counted, not read.
          }
        }
        return counts;
      }

      /**
       * The landmark an element itself marks by its element or ARIA role, or null. Only markup
       * is read here: class names and the page's text blocks are the core's to weigh (the
       * snapshot's `blocks`, src/placement.rs); this region is what it falls back on.
       * @param {Element} e
       * @returns {Region | null}
       */
      function landmarkOf(e) {
        const name = e.localName;
        const bare = !e.hasAttributes(); // most wrappers: skip the attribute read
        const role = bare ? '' : attr(e, 'role').trim().split(/\s+/)[0].toLowerCase();
        if (name === 'nav' || role === 'navigation') return 'nav';
        if (name === 'aside' || role === 'complementary') return 'aside';
        // An article's own header/footer (byline, author box) is part of the content.
        if (name === 'footer' || name === 'header') {
          const parent = e.parentElement;
          if (parent && parent.closest('article, main, [role="main" i]')) return 'main';
          return name;
        }
        if (role === 'contentinfo') return 'footer';
        if (role === 'banner') return 'header';
        if (name === 'main' || name === 'article' || role === 'main') return 'main';
        return null;
      }

      /**
       * The parent element, or a shadow root's host: a shadow tree sits where its host does.
       * @param {Element} e
       * @returns {Element | null}
       */
      function parentOf(e) {
        const p = e.parentElement;
        if (p) return p;
        const n = e.parentNode;
        return n && n.nodeType === 11 && 'host' in n ? /** @type {ShadowRoot} */ (n).host : null;
      }

      /**
       * Nearest landmark from `start` up. Every element passed on the way has the same answer, so
       * they are all cached: the total work is linear in the elements above links.
       * @param {Element | null} start
       * @returns {Region}
       */
      function regionOf(start) {
        /** @type {Element[]} */
        const chain = [];
        /** @type {Region} */
        let region = 'body';
        let e = start;
        for (let depth = 0; e && depth < MAX_DEPTH; depth++, e = parentOf(e)) {
          const cached = regionCache.get(e);
          if (cached) {
            region = cached;
            break;
          }
          if (e.localName === 'body' || e.localName === 'html') break;
          chain.push(e);
          const own = landmarkOf(e);
          if (own) {
            region = own;
            break;
          }
        }
        for (const c of chain) regionCache.set(c, region);
        return region;
      }

      /**
       * The nearest `lang` attribute at or above `start`, memoised like `regionOf` (an unbounded
       * `closest('[lang]')` per link is quadratic on deeply nested links).
       * @param {Element | null} start
       */
      function langOf(start) {
        /** @type {Element[]} */
        const chain = [];
        let lang = '';
        let e = start;
        for (let depth = 0; e && depth < MAX_LANG_DEPTH; depth++, e = parentOf(e)) {
          const cached = langCache.get(e);
          if (cached !== undefined) {
            lang = cached;
            break;
          }
          chain.push(e);
          if (e.hasAttribute('lang')) {
            lang = clean(attr(e, 'lang'), MAX_SHORT);
            break;
          }
        }
        for (const c of chain) langCache.set(c, lang);
        return lang;
      }

      /**
       * True when the block has prose of its own, i.e. text outside its links.
       * @param {Element} block
       */
      function hasOwnText(block) {
        const cached = ownTextCache.get(block);
        if (cached !== undefined) return cached;
        let inLink = 0;
        let found = false;
        let nodes = 0;
        walkText(
          block,
          (text) => {
            nodes++;
            if (inLink === 0 && WORD_CHAR.test(text)) {
              found = true;
              return false;
            }
          },
          (el, entering) => {
            if (entering) nodes++;
            if (el.localName === 'a') inLink += entering ? 1 : -1;
          },
          takeBlockBudget(5000, 1).nodes,
        );
        blockBudget.nodes -= nodes;
        ownTextCache.set(block, found);
        return found;
      }

      /**
       * @param {Element} link
       * @returns {LinkContext}
       */
      function contextOf(link) {
        const role = attr(link, 'role').trim().toLowerCase();
        if (role === 'button' || /btn|button/i.test(attr(link, 'class'))) return 'button';
        let e = link.parentElement;
        for (let depth = 0; e && depth < MAX_DEPTH; depth++, e = e.parentElement) {
          const name = e.localName;
          // A paragraph holding nothing but links is not prose: keep looking (e.g. for an <li>).
          if (PROSE_BLOCKS.has(name)) {
            // A list item's own paragraph (a "loose" list: Markdown and Sphinx write <li><p>) is
            // the item's description, not prose around it (blind round 35's documentation lists).
            if (hasOwnText(e)) return e.parentElement?.localName === 'li' ? 'list' : 'paragraph';
          } else if (name === 'li' || name === 'dt') {
            // A definition list's term is its item: a list of projects, each described in its
            // <dd> (Supervisor's third-party plugins, blind round 72).
            return 'list';
          } else if (HEADINGS.has(name)) {
            return 'heading';
          } else if (name === 'body') {
            break;
          }
        }
        return 'other';
      }

      /** @param {Element} link */
      function blockOf(link) {
        let e = link.parentElement;
        // Only a few levels: a layout <td> far up would make every window the same page text.
        for (let depth = 0; e && depth < 8; depth++, e = e.parentElement) {
          if (SURROUNDING_BLOCKS.has(e.localName)) return e;
          if (e.localName === 'body') break;
        }
        return link.parentElement;
      }

      /**
       * What one block read may use: the usual amount while the shared budget lasts, a small one after.
       * @param {number} nodes @param {number} chars
       */
      function takeBlockBudget(nodes, chars) {
        if (blockBudget.nodes > 0 && blockBudget.chars > 0) return { nodes, chars };
        return { nodes: Math.min(nodes, 200), chars: Math.min(chars, 2000) };
      }

      /**
       * A block's text with block boundaries as spaces, read within the block budget.
       * @param {Element} block
       */
      function blockText(block) {
        const cached = blockTextCache.get(block);
        if (cached !== undefined) return cached;
        if (blockBudget.chars > 0 && !block.querySelector(NOT_INLINE)) {
          // Only inline markup inside (the usual paragraph): textContent reads the same text, faster.
          const raw = block.textContent || '';
          blockBudget.chars -= raw.length;
          const text = cap(collapse(raw.length > MAX_BLOCK_TEXT * 4 ? raw.slice(0, MAX_BLOCK_TEXT * 4) : raw).trim(), MAX_BLOCK_TEXT);
          blockTextCache.set(block, text);
          return text;
        }
        const budget = takeBlockBudget(20000, MAX_BLOCK_TEXT * 4);
        /** @type {string[]} */
        const parts = [];
        let len = 0;
        let nodes = 0;
        walkText(
          block,
          (t) => {
            nodes++;
            parts.push(t);
            len += t.length;
            if (len > budget.chars) return false;
          },
          (el) => {
            nodes++;
            if (!INLINE.has(el.localName)) parts.push(' ');
          },
          budget.nodes,
        );
        blockBudget.chars -= len;
        blockBudget.nodes -= nodes;
        const raw = parts.join('');
        const text = cap(collapse(raw.length > budget.chars ? raw.slice(0, budget.chars) : raw).trim(), MAX_BLOCK_TEXT);
        blockTextCache.set(block, text);
        return text;
      }

      /**
       * The block's text, cut to a window centred on the link text when it has to be cut.
       * @param {Element} link @param {string} linkText
       */
      function surroundingOf(link, linkText) {
        const block = blockOf(link);
        if (!block) return '';
        const text = blockText(block);
        if (text.length <= MAX_SURROUNDING) return text;
        // Links of a block come in document order: search from where the previous one was found
        // (so a repeated anchor finds its own occurrence), within a bounded stretch (so a block
        // holding thousands of links costs linear time, not quadratic).
        const from = blockCursor.get(block) || 0;
        let at = from;
        if (linkText) {
          const needle = linkText.slice(0, 100);
          const found = text.slice(from, from + MAX_SEARCH).indexOf(needle);
          if (found !== -1) {
            at = from + found;
            blockCursor.set(block, at + needle.length);
          }
        }
        let start = 0;
        if (at > 0) {
          const centre = at + Math.min(linkText.length, MAX_SURROUNDING) / 2;
          start = Math.max(0, Math.min(text.length - MAX_SURROUNDING, Math.round(centre - MAX_SURROUNDING / 2)));
        }
        const end = start + MAX_SURROUNDING;
        let window = slice(text, start, end);
        // Drop the half-words at cut edges (unless that would eat much of the window).
        if (start > 0 && text.charAt(start - 1) !== ' ') {
          const sp = window.indexOf(' ');
          if (sp >= 0 && sp < 24) window = window.slice(sp + 1);
        }
        if (end < text.length && text.charAt(end) !== ' ') {
          const sp = window.lastIndexOf(' ');
          if (sp > window.length - 24) window = window.slice(0, sp);
        }
        return window.trim();
      }

      /**
       * @param {Element} el
       */
      function isRendered(el) {
        if (typeof el.checkVisibility === 'function') return el.checkVisibility(VISIBILITY_OPTIONS);
        // Older engines: the computed styles up the tree.
        let e = /** @type {Element | null} */ (el);
        for (let depth = 0; e && depth < MAX_DEPTH; depth++, e = e.parentElement) {
          const cs = getComputedStyle(e);
          if (cs.display === 'none' || cs.opacity === '0') return false;
          if (depth === 0 && (cs.visibility === 'hidden' || cs.visibility === 'collapse')) return false;
        }
        return true;
      }

      /**
       * The `content-visibility: auto` element whose contents (holding `el`) the browser skips
       * rendering right now (off screen), or null. Reading a box in skipped content forces a layout
       * of it, one per read: 8,000 such sections took half a minute. Memoised along the ancestors.
       * @param {Element} el
       * @returns {Element | null}
       */
      function skippingAncestor(el) {
        if (typeof el.checkVisibility !== 'function' || el.checkVisibility(NOT_SKIPPED)) return null;
        /** @type {Element[]} */
        const chain = [];
        /** @type {Element | null} */
        let skipper = null;
        let e = el.parentElement;
        for (let depth = 0; e && depth < MAX_LANG_DEPTH; depth++, e = e.parentElement) {
          const cached = skipperCache.get(e);
          if (cached !== undefined) {
            skipper = cached;
            break;
          }
          chain.push(e);
          // The skipping element itself is rendered (sized by contain-intrinsic-size): it is the
          // first ancestor that passes. Unless that one is no `content-visibility: auto` element:
          // then `el` has no box for another reason (display: none…) and is judged as usual.
          if (e.checkVisibility(NOT_SKIPPED)) {
            if (getComputedStyle(e).contentVisibility === 'auto') skipper = e;
            break;
          }
        }
        for (const c of chain) skipperCache.set(c, skipper);
        return skipper;
      }

      /**
       * True when `start` or an ancestor clips its content to a zero area (height:0;overflow:hidden).
       * Memoised like `regionOf`: one answer for every element passed.
       * @param {Element | null} start
       */
      function isClippedAway(start) {
        /** @type {Element[]} */
        const chain = [];
        let clipped = false;
        let e = start;
        for (let depth = 0; e && depth < MAX_DEPTH; depth++, e = e.parentElement) {
          const cached = clipCache.get(e);
          if (cached !== undefined) {
            clipped = cached;
            break;
          }
          // body/html overflow belongs to the viewport: it never clips the page away.
          if (e.localName === 'body' || e.localName === 'html') break;
          chain.push(e);
          if (e.clientHeight === 0 || e.clientWidth === 0) {
            const cs = getComputedStyle(e);
            if (cs.display !== 'inline' && cs.display !== 'contents' && (cs.overflowX !== 'visible' || cs.overflowY !== 'visible')) {
              clipped = true;
              break;
            }
          }
        }
        for (const c of chain) clipCache.set(c, clipped);
        return clipped;
      }

      /**
       * A link with an empty box can still show a floated or block child (e.g. an image). Looks at
       * its first few descendants only.
       * @param {Element} el
       * @returns {DOMRect | null}
       */
      function visibleChildBox(el) {
        let e = el.firstElementChild;
        for (let seen = 0; e && seen < 32; seen++) {
          const r = e.getBoundingClientRect();
          if (r.width * r.height > 0 && isRendered(e)) return r;
          // Next element in document order under `el`.
          if (e.firstElementChild) {
            e = e.firstElementChild;
            continue;
          }
          while (e && e !== el && !e.nextElementSibling) e = e.parentElement;
          e = e && e !== el ? e.nextElementSibling : null;
        }
        return null;
      }

      /**
       * Where a box lies: on the page, or outside it.
       * @param {DOMRect} r
       * @returns {Visibility}
       */
      function placeOfBox(r) {
        const left = r.x + scrollX;
        const top = r.y + scrollY;
        // Strict comparisons: a box touching the page's edge (e.g. a 1px "sr-only" skip link) is on it.
        if (left + r.width < 0 || top + r.height < 0 || left > docWidth || top > docHeight) return 'off-screen';
        return 'visible';
      }

      /** @type {Map<Element, boolean>} hidden ancestors already asked whether they are a closed panel */
      const closedPanels = new Map();
      // Each ask may search the document for an opener: a page of thousands of hidden boxes gets
      // this many answers, the rest stay 'hidden' (the cost of a hostile page stays bounded).
      const MAX_PANEL_ASKS = 400;

      /**
       * True when `el` is hidden inside a panel the reader opens: a closed <details>, a tab panel
       * (`role=tabpanel`, or one of several sibling boxes of one class of which another shows), or
       * a box a button or link on the page opens (`aria-controls`, `href="#id"`, a data-target).
       * Injected link spam hides a lone box that nothing opens. Only the hidden ancestors are asked.
       * @param {Element} el
       */
      function inClosedPanel(el) {
        let e = /** @type {Element | null} */ (el);
        for (let depth = 0; e && e !== document.body && depth < MAX_DEPTH; depth++, e = e.parentElement) {
          // A closed <details> is rendered, its content is not.
          if (e.localName === 'details' && !e.hasAttribute('open') && e !== el) return true;
          if (isRendered(e)) return false;
          let known = closedPanels.get(e);
          if (known === undefined) {
            if (closedPanels.size >= MAX_PANEL_ASKS) return false;
            known = isClosedPanel(e);
            closedPanels.set(e, known);
          }
          if (known) return true;
        }
        return false;
      }

      /** @param {Element} e */
      function isClosedPanel(e) {
        if (attr(e, 'role') === 'tabpanel') return true;
        if (e.id && e.id.length <= 200) {
          const id = CSS.escape(e.id);
          if (document.querySelector(`[aria-controls~="${id}"],a[href="#${id}"],[data-target="#${id}"],[data-bs-target="#${id}"]`)) return true;
        }
        // One of several panels: a rendered sibling of the same tag sharing a class.
        const classes = [...e.classList].slice(0, 8);
        if (classes.length === 0 || !e.parentElement) return false;
        let n = 0;
        for (let s = e.parentElement.firstElementChild; s && n < 50; s = s.nextElementSibling, n++) {
          if (s !== e && s.localName === e.localName && classes.some((c) => s.classList.contains(c)) && isRendered(s)) return true;
        }
        return false;
      }

      /**
       * True when `el` or an ancestor below `skipper` is hidden by its own markup (`hidden`, an
       * inline style): all that can be read in skipped content without forcing its rendering.
       * @param {Element} el @param {Element} skipper
       */
      function hiddenByMarkup(el, skipper) {
        let e = /** @type {Element | null} */ (el);
        for (let depth = 0; e && e !== skipper && depth < MAX_DEPTH; depth++, e = e.parentElement) {
          if (e.hasAttribute('hidden') || (e.hasAttribute('style') && INLINE_HIDDEN.test(attr(e, 'style')))) return true;
        }
        return false;
      }

      /**
       * The box to judge a link by. A link holding a big subtree (e.g. thousands of nested
       * links) has a box made of all its descendants' fragments, costly to measure once per
       * link: its first text's box stands for it.
       * @param {Element} el @param {Node | null} bigFirstText
       */
      function boxOf(el, bigFirstText) {
        if (bigFirstText) {
          const range = document.createRange();
          range.selectNodeContents(bigFirstText);
          return range.getBoundingClientRect();
        }
        return el.getBoundingClientRect();
      }

      /**
       * Content the browser skips (`content-visibility: auto` off screen) is never measured, nor
       * its style read: each such read forces its rendering (8,000 sections took half a minute).
       * A link there is judged by its markup and by the skipping element, measured once.
       * @param {Element} el @param {Node | null} [bigFirstText] see `boxOf`
       * @returns {Visibility}
       */
      function boxVisibility(el, bigFirstText = null) {
        // Most links are rendered and outside skipped content: one call says both.
        if (typeof el.checkVisibility !== 'function' || !el.checkVisibility(RENDERED_NOT_SKIPPED)) {
          const skipper = skippingAncestor(el);
          const v = skipper ? (hiddenByMarkup(el, skipper) ? 'hidden' : skippedVisibility(skipper)) : isRendered(el) ? null : 'hidden';
          if (v) return v === 'hidden' && inClosedPanel(el) ? 'collapsed' : v;
        }
        let r = boxOf(el, bigFirstText);
        if (r.width * r.height === 0) {
          const child = visibleChildBox(el);
          if (!child) return 'zero-size';
          r = child;
        }
        if (isClippedAway(el.parentElement)) return 'zero-size';
        return placeOfBox(r);
      }

      /**
       * A link in skipped content is judged by the skipping element's own box (read once per such
       * block): the browser renders its contents when it is scrolled to.
       * @param {Element} skipper
       * @returns {Visibility}
       */
      function skippedVisibility(skipper) {
        const cached = skipperVisibility.get(skipper);
        if (cached) return cached;
        /** @type {Visibility} */
        let v;
        if (!isRendered(skipper)) v = 'hidden';
        else if (isClippedAway(skipper.parentElement)) v = 'zero-size';
        else v = placeOfBox(skipper.getBoundingClientRect());
        // A skipped element off the page is still one a reader reaches by scrolling only if it
        // is on the page: `placeOfBox` decides, as for any box.
        skipperVisibility.set(skipper, v);
        return v;
      }

      /**
       * An <area> has no box of its own: it is as visible as the image using its map.
       * @param {HTMLAreaElement} area
       * @returns {Visibility}
       */
      function areaVisibility(area) {
        const map = area.closest('map');
        if (!map) return 'visible';
        const cached = mapCache.get(map);
        if (cached) return cached;
        const name = attr(map, 'name') || attr(map, 'id');
        /** @type {Visibility} */
        let v = 'visible';
        if (name) {
          const images = document.querySelectorAll('img[usemap]');
          for (let i = 0; i < images.length && i < 1000; i++) {
            if (attr(images[i], 'usemap').toLowerCase() === '#' + name.toLowerCase()) {
              v = boxVisibility(images[i]);
              break;
            }
          }
        }
        mapCache.set(map, v);
        return v;
      }

      /**
       * The href as written and resolved. An HTML link's `href` getter re-parses the URL on every
       * read (the costliest call here): skipped when the attribute is already an absolute URL in
       * the form the browser would serialise. An SVG link's `href` is an animated string: resolved
       * here against the document's base, as the browser does on a click.
       * @param {Element} link
       */
      function hrefOf(link) {
        const svg = link.namespaceURI === SVG_NS;
        const raw = svg ? (link.getAttribute('href') ?? link.getAttributeNS(XLINK_NS, 'href') ?? '') : attr(link, 'href');
        if (CANONICAL_URL.test(raw) && !DOT_SEGMENT.test(raw)) return { raw, href: raw };
        if (!svg) {
          const resolved = /** @type {HTMLAnchorElement} */ (link).href;
          return { raw, href: typeof resolved === 'string' ? resolved : '' };
        }
        try {
          return { raw, href: new URL(raw.trim(), baseUrl).href };
        } catch (_) {
          return { raw, href: raw }; // as an HTML link's href getter does for an unparsable URL
        }
      }

      /**
       * One link's observation. Throws on a hostile element (the caller keeps what was filled).
       * @param {Element} link @param {LinkObservation} obs
       */
      function observeLink(link, obs) {
        const { raw, href } = hrefOf(link);
        obs.href = cap(href, MAX_URL);
        obs.rawHref = cap(raw, MAX_URL);
        obs.title = clean(attr(link, 'title'), MAX_TEXT);
        obs.ariaLabel = clean(attr(link, 'aria-label'), MAX_TEXT);
        obs.rel = cap(attr(link, 'rel'), MAX_ATTR);
        obs.target = cap(attr(link, 'target'), MAX_SHORT);
        const isArea = link.localName === 'area';
        let content = null;
        if (isArea) {
          // An image-map region is an image link; its alt is its anchor.
          obs.hasImage = true;
          obs.imageAlt = clean(attr(link, 'alt'), MAX_TEXT);
        } else {
          content = readText(link, MAX_TEXT * 8, MAX_LINK_NODES, true);
          obs.text = clean(content.text, MAX_TEXT);
          if (content.image) {
            obs.hasImage = true;
            obs.imageAlt = clean(attr(content.image, 'alt'), MAX_TEXT);
          }
        }
        obs.lang = langOf(link);
        obs.region = regionOf(parentOf(link));
        obs.context = contextOf(link);
        const big = content && content.nodes >= BIG_LINK_NODES ? content.firstText : null;
        obs.visibility = isArea ? areaVisibility(/** @type {HTMLAreaElement} */ (link)) : boxVisibility(link, big);
        obs.surrounding = surroundingOf(link, obs.text);
        collectContacts(href);
      }

      /**
       * The block tree the core decides placement from (src/placement.rs): the blocks holding
       * the links and the blocks with running text of their own, with all their block ancestors,
       * parents first. Sets each link's `block`. Small text-only blocks are not listed: their
       * characters count in their nearest listed ancestor. Past MAX_BLOCKS no more are listed
       * (those links keep -1, and the core falls back on their landmark).
       * @param {Element[]} links the page's links, in `snap.links` order
       */
      function listBlocks(links) {
        const rows = snap.blocks;
        const body = document.body;
        if (!body) return;
        /** @type {Map<Element, number>} an element → its block's row (an inline element: its nearest block's) */
        const rowOf = new Map();
        rows.push(blockRow(body, -1));
        rowOf.set(body, 0);

        /** @param {Element} el @param {number} parent @returns {BlockRow} */
        function blockRow(el, parent) {
          const counts = textOfBlocks.get(el);
          const bare = !el.hasAttributes();
          const role = bare ? '' : cap(attr(el, 'role').trim().split(/\s+/)[0].toLowerCase(), 30);
          const hint = bare ? '' : clean(attr(el, 'id') + ' ' + attr(el, 'class'), MAX_HINT);
          return [parent, cap(el.localName, 30), role, hint, counts ? counts[0] : 0, counts ? counts[1] : 0, 0];
        }

        /**
         * The row of the block at or above `start`, listing it and its unlisted block ancestors.
         * Memoised on every element passed, like `regionOf`. -1 once the rows are full.
         * @param {Element | null} start
         */
        function rowAt(start) {
          /** @type {Element[]} */
          const chain = [];
          let parent = 0;
          let e = start;
          for (let depth = 0; e && depth < MAX_LANG_DEPTH; depth++, e = parentOf(e)) {
            const known = rowOf.get(e);
            if (known !== undefined) {
              parent = known;
              break;
            }
            if (e.localName === 'html') break; // outside <body>: under the root
            chain.push(e);
          }
          for (let i = chain.length - 1; i >= 0; i--) {
            const el = chain[i];
            if (!INLINE.has(el.localName)) {
              if (rows.length >= MAX_BLOCKS) return -1;
              rows.push(blockRow(el, parent));
              parent = rows.length - 1;
            }
            rowOf.set(el, parent);
          }
          return parent;
        }

        for (let i = 0; i < links.length && i < snap.links.length; i++) {
          const parent = parentOf(links[i]);
          snap.links[i].block = parent ? rowAt(parent) : -1;
        }
        for (const [el, counts] of textOfBlocks) {
          if (counts[0] + counts[1] >= PARAGRAPH_CHARS && el.nodeType === 1) rowAt(/** @type {Element} */ (el));
        }
        // The password forms' own blocks (after the text's, so the rows keep their order on other pages).
        for (let i = 0; i < passwordForms.length && i < passwordFormRows.length; i++) passwordFormRows[i][3] = rowAt(passwordForms[i]);
        // Small text-only blocks: their characters go to the nearest listed ancestor.
        for (const [el, counts] of textOfBlocks) {
          if (rowOf.has(/** @type {Element} */ (el))) continue;
          let e = /** @type {Element | null} */ (el);
          let row = 0;
          for (let depth = 0; e && depth < MAX_DEPTH; depth++, e = e.parentElement) {
            const known = rowOf.get(e);
            if (known !== undefined) {
              row = known;
              break;
            }
          }
          const target = rows[row === -1 ? 0 : row];
          target[6] += counts[0] + counts[1];
        }
        // Each heading's box: the nearest listed block above it (none is added for it, so the
        // rows stay those of the links and the text).
        for (let i = 0; i < headingElements.length && i < snap.headings.length; i++) {
          let e = parentOf(headingElements[i]);
          for (let depth = 0; e && depth < MAX_DEPTH; depth++, e = parentOf(e)) {
            const known = rowOf.get(e);
            if (known !== undefined) {
              snap.headings[i].block = known;
              break;
            }
          }
        }
      }

      /** @type {Element[]} */
      let frameElements = [];
      guard(() => {
        const found = findLinks(maxLinks);
        frameElements = found.frames;
        snap.limits.linksFound = Math.min(found.found, 4294967295);
        for (let i = 0; i < found.links.length; i++) {
          /** @type {LinkObservation} */
          const obs = {
            index: i,
            href: '',
            rawHref: '',
            text: '',
            title: '',
            ariaLabel: '',
            hasImage: false,
            imageAlt: '',
            rel: '',
            target: '',
            lang: '',
            region: 'body',
            context: 'other',
            visibility: 'visible',
            surrounding: '',
            block: -1,
          };
          snap.links.push(obs);
          try {
            observeLink(found.links[i], obs);
          } catch (_) {
            // Keep what this link already has; the next one starts clean.
          }
        }
        listBlocks(found.links);
        keepLinks(found.links);
      });

      /**
       * The links as listed, kept in this (isolated) world for the highlighter (highlight.js):
       * the popup names links by their index here, and the highlighter checks each one is still
       * in the page with the same href before it outlines anything.
       * @param {Element[]} links
       */
      function keepLinks(links) {
        /** @type {any} */ (globalThis).backlinkBotLinks = {
          links,
          hrefs: links.map((l) => l.getAttribute('href') ?? l.getAttributeNS(XLINK_NS, 'href')),
          documentLinks: document.links.length,
        };
      }

      guard(() => {
        const counts = countFrames(frameElements);
        snap.frames = { frames: counts.frames, read: counts.read, withLinks: counts.withLinks, links: counts.links };
      });
    }

    guard(findEmailsInText);

    /**
     * E-mail-like strings in the text (main text first, then the rest of the page). Only the text
     * around each "@" goes through the regex: scanning all of a long text is needlessly slow.
     */
    function findEmailsInText() {
      for (const text of [snap.textSample, otherText]) {
        let at = text.indexOf('@');
        for (let seen = 0; at !== -1 && seen < 1000 && emails.size < MAX_EMAILS; seen++) {
          const found = text.slice(Math.max(0, at - 64), at + 256).match(EMAIL_LIKE);
          if (found) for (const a of found) addEmail(a);
          at = text.indexOf('@', at + 1);
        }
      }
    }

    guard(() => {
      // What is sent is a partial observation: the core fills in the defaults.
      snap.links = /** @type {LinkObservation[]} */ (snap.links.map(sent));
    });

    /**
     * The observation as sent to the popup: fields at their default left out (the core reads a
     * missing field as its default: src/snapshot.rs), `rawHref` when it is the `href`, `lang`
     * when it is the page's (the core falls back on it), and `surrounding` unless the block says
     * more than the link (the core only quotes it beside a link in running text) or labels it. The copy
     * across processes and the parse cost in proportion to the bytes.
     * @param {LinkObservation} o
     */
    function sent(o) {
      /** @type {Partial<LinkObservation>} */
      const s = { index: o.index, href: o.href };
      if (o.rawHref !== o.href) s.rawHref = o.rawHref;
      if (o.text) s.text = o.text;
      if (o.title) s.title = o.title;
      if (o.ariaLabel) s.ariaLabel = o.ariaLabel;
      if (o.hasImage) s.hasImage = true;
      if (o.imageAlt) s.imageAlt = o.imageAlt;
      if (o.rel) s.rel = o.rel;
      if (o.target) s.target = o.target;
      if (o.lang && o.lang !== snap.lang) s.lang = o.lang;
      if (o.region !== 'body') s.region = o.region;
      if (o.context !== 'other') s.context = o.context;
      if (o.visibility !== 'visible') s.visibility = o.visibility;
      // A short line that labels its link ("Image: Bandai", "Photo: AP") is sent too: its label
      // says what the link is (blind round 78's photo credits).
      const more = o.surrounding.length - o.text.length;
      if (more > SURROUNDING_MORE || (more > 0 && /[:：]/.test(o.surrounding))) s.surrounding = o.surrounding;
      if (o.block !== -1) s.block = o.block;
      return s;
    }

    // Most pages have no password field: the field is then left out (the core's default), as links' are.
    if (passwordFormRows.length) snap.passwordForms = passwordFormRows;
    snap.emails = Array.from(emails);
    snap.phones = Array.from(phones);
    snap.limits.capped = snap.limits.linksFound > maxLinks || snap.limits.textTruncated;
  } catch (_) {
    // Keep what was collected.
  }
  return snap;
}

// The result crosses from the page's process to the popup's: one JSON string is copied far faster
// than a structured clone of ~40,000 values (measured: 220–320 ms → 130–200 ms on 3,000 links).
// `timing`, last (when the extractor began and finished, epoch ms), is for the benchmark's account
// of where the popup's time goes (popup-start.js reads it off the end); the core ignores it.
(() => {
  const began = Math.round(performance.timeOrigin + performance.now());
  const snap = extractPageSnapshot();
  /** @type {any} */ (snap).timing = [began, Math.round(performance.timeOrigin + performance.now())];
  return JSON.stringify(snap);
})();
