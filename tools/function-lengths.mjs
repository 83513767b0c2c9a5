// Fails when a function of the extension's JavaScript is longer than the house bar (issue 10:
// the extractor's longest function under 120 lines). A function's length is the lines of code
// of its own body: the lines of the functions nested in it count for them, not for it.
//   node tools/function-lengths.mjs [max-lines] [files...]   (default: 120, extension/*.js)
// The `typescript` package here is TypeScript 7 (native), which has no JavaScript parser API:
// a small scanner finds the function bodies instead (it knows strings, templates, comments and
// regular expression literals, which is all brace matching needs).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';


// After these, a "/" starts a regular expression literal, not a division.
const BEFORE_REGEX = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);
// A "(…) {" after these is a statement's block, not a method's body.
const BLOCK_KEYWORDS = new Set(['if', 'for', 'while', 'switch', 'catch', 'with', 'function']);

/**
 * Every function body of `text` with the lines of code it holds itself: the lines holding a
 * token of its body, its closing brace included (comments and blank lines are no code). A nested
 * function's lines count for it, not for its parent, except the line that opens it (like
 * `guard(() => {`), which counts for both. Like clippy's too_many_lines.
 * @param {string} text
 * @returns {{ name: string, line: number, own: number }[]}
 */
export function functionLengths(text) {
  /** @type {{ name: string, line: number, lines: Set<number> }[]} */
  const bodies = [];
  /** @type {(number | null)[]} per open brace: the body it opens, or null for a block */
  const braces = [];
  /** @type {number[]} bodies open now, innermost last */
  const open = [];
  /** @type {string[]} per open parenthesis: the token before it */
  const parens = [];
  let line = 1;
  let prev = ''; // the previous significant token
  let beforeParen = ''; // the token before the "(" of the ")" just closed
  let pendingFunction = ''; // a `function` keyword seen, its body not opened yet
  const mark = () => {
    const top = open[open.length - 1];
    if (top !== undefined) bodies[top].lines.add(line);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      line++;
      continue;
    }
    if (/\s/.test(c)) continue;
    const two = text.slice(i, i + 2);
    if (two === '//') {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
      continue;
    }
    if (two === '/*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      for (; i < stop; i++) if (text[i] === '\n') line++;
      i--;
      continue;
    }
    mark();
    if (c === '"' || c === "'" || c === '`') {
      // Template substitutions hold no function bodies in this code base: read as text.
      for (i++; i < text.length && text[i] !== c; i++) {
        if (text[i] === '\\') i++;
        else if (text[i] === '\n') {
          line++;
          mark();
        }
      }
      prev = 'string';
      continue;
    }
    if (c === '/' && (prev === '' || /^[^\w)\]]$/.test(prev) || BEFORE_REGEX.has(prev))) {
      let inClass = false;
      for (i++; i < text.length && (inClass || text[i] !== '/'); i++) {
        if (text[i] === '\\') i++;
        else if (text[i] === '[') inClass = true;
        else if (text[i] === ']') inClass = false;
      }
      while (/[a-z]/i.test(text[i + 1] || '')) i++;
      prev = 'regex';
      continue;
    }
    const word = /^[A-Za-z_$][\w$]*/.exec(text.slice(i, i + 64));
    if (word) {
      i += word[0].length - 1;
      if (word[0] === 'function') pendingFunction = '(anonymous)';
      else if (prev === 'function') pendingFunction = word[0];
      prev = word[0];
      continue;
    }
    if (/\d/.test(c)) {
      while (/[\w.]/.test(text[i + 1] || '')) i++;
      prev = '0';
      continue;
    }
    if (c === '(') {
      parens.push(prev);
    } else if (c === ')') {
      beforeParen = parens.pop() || '';
    } else if (c === '{') {
      let name = null;
      if (pendingFunction && prev === ')') name = pendingFunction;
      else if (prev === '=>') name = '(arrow)';
      else if (prev === ')' && /^[A-Za-z_$][\w$]*$/.test(beforeParen) && !BLOCK_KEYWORDS.has(beforeParen)) name = beforeParen; // a method
      if (name !== null) {
        pendingFunction = '';
        bodies.push({ name, line, lines: new Set() });
        open.push(bodies.length - 1);
        braces.push(bodies.length - 1);
      } else {
        braces.push(null);
      }
    } else if (c === '}') {
      if (braces.pop() != null) open.pop();
    }
    prev = two === '=>' ? '=>' : c;
    if (two === '=>') i++;
  }
  return bodies.map((b) => ({ name: b.name, line: b.line, own: b.lines.size }));
}

// Run as a script (not when a test imports `functionLengths`).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();

function main() {
  const max = Number(process.argv[2] || 120);
  const files = process.argv.length > 3 ? process.argv.slice(3) : readdirSync('extension').filter((f) => f.endsWith('.js')).map((f) => join('extension', f));
  let failed = 0;
  let longest = { own: 0, where: '' };
  for (const file of files) {
    for (const body of functionLengths(readFileSync(file, 'utf8'))) {
      const where = `${file}:${body.line} ${body.name}`;
      if (body.own > longest.own) longest = { own: body.own, where };
      if (body.own > max) {
        console.error(`${where}: ${body.own} lines of its own (the bar is ${max})`);
        failed++;
      }
    }
  }
  console.log(`function lengths: longest ${longest.own} lines (${longest.where}), bar ${max}`);
  process.exit(failed > 0 ? 1 : 0);
}
