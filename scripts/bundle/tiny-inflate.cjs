// tiny-inflate's function (raw DEFLATE `source` into `dest`, returned; a shorter result as a slice of `dest`) on
// Node.js's zlib instead of its JavaScript decoder. scripts/bundle.mjs puts it in the render bundle in place of the
// package: unicode-trie inflates every Unicode table fontkit, unicode-properties and linebreak build when they load
// (twice each, ~35 ms of the first document of a process with a cold JIT; zlib: ~1 ms). The bytes are the same
// (tests/build/render-bundle.test.ts compares both on those tables and on other streams); a damaged stream throws
// in both.
const { inflateRawSync } = require('node:zlib');

module.exports = function inflate(source, dest) {
  const out = inflateRawSync(source);
  // what does not fit in dest is dropped, as tiny-inflate's writes past its end are
  const n = Math.min(out.length, dest.length);
  dest.set(n === out.length ? out : out.subarray(0, n));
  if (n < dest.length) return typeof dest.slice === 'function' ? dest.slice(0, n) : dest.subarray(0, n);
  return dest;
};
