// @ts-check
// tools/function-lengths.mjs, the check `./build.sh test` runs on the extension's JavaScript
// (issue 10: every function under 120 lines of code): its scanner on the shapes that would fool
// a naive brace counter. No browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { functionLengths } from '../../tools/function-lengths.mjs';

/** @param {string} source */
const lengths = (source) => functionLengths(source).map((f) => [f.name, f.own]);

test('a nested function counts for itself; comments and blank lines are no code', () => {
  const source = `function outer() {
  // a comment

  /** a doc comment */
  const a = 1;
  function inner() {
    return a;
  }
  return inner();
}`;
  assert.deepEqual(lengths(source), [['outer', 4], ['inner', 2]]);
});

test('braces in strings, templates, regular expressions and comments are not blocks', () => {
  const source = `function f(s) {
  const re = /[{]{2,24}\\/}/g;
  const t = \`}\${'{'}\`;
  const q = '}' + "{"; /* } */ // }
  if (s) { return re.test(s) / 2; }
  return t + q;
}
function g() {
  return 1;
}`;
  assert.deepEqual(lengths(source), [['f', 6], ['g', 2]]);
});

test('arrows and methods are functions; blocks of if, for and catch are not', () => {
  const source = `const o = {
  method(x) {
    for (const y of x) {
      try { go(y); } catch (_) { stop(); }
    }
  },
};
guard(() => {
  o.method([1]);
});`;
  assert.deepEqual(lengths(source), [['method', 4], ['(arrow)', 2]]);
});

test('the extension passes the bar it is held to', async () => {
  const { readFile, readdir } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const { ROOT } = await import('./harness.mjs');
  for (const name of (await readdir(join(ROOT, 'extension'))).filter((f) => f.endsWith('.js'))) {
    for (const f of functionLengths(await readFile(join(ROOT, 'extension', name), 'utf8'))) {
      assert.ok(f.own <= 120, `${name}:${f.line} ${f.name}: ${f.own} lines`);
    }
  }
});
