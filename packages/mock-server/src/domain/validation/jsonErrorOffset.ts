const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'];

type Container = { kind: 'array' | 'object'; expect: 'first' | 'value' | 'key' | 'colon' | 'next' };

function skipWhitespace(text: string, at: number): number {
  let i = at;
  while (i < text.length && WHITESPACE.has(text.charAt(i))) i++;
  return i;
}

/** Scans a string literal starting at its opening quote; returns the index after it. */
function scanString(text: string, start: number): number | { error: number } {
  let i = start + 1;
  while (i < text.length) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22) return i + 1;
    if (ch < 0x20) return { error: i };
    if (ch === 0x5c) {
      const next = text.charAt(i + 1);
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { error: i };
        i += 6;
        continue;
      }
      if (!'"\\/bfnrt'.includes(next) || next === '') return { error: i };
      i += 2;
      continue;
    }
    i++;
  }
  return { error: start };
}

/** Scans one scalar value (or the opening of a container); returns the index after it. */
function scanScalar(text: string, at: number): number | { error: number } {
  const ch = text.charAt(at);
  if (ch === '"') return scanString(text, at);
  for (const literal of LITERALS) {
    if (text.startsWith(literal, at)) return at + literal.length;
  }
  NUMBER.lastIndex = at;
  const match = NUMBER.exec(text);
  return match ? at + match[0].length : { error: at };
}

/**
 * Where a document that JSON.parse refused goes wrong, as a character offset: the position
 * Python's json module reports, which the real service puts in `loc: ["body", offset]`.
 * Iterative, so that absurd nesting cannot overflow the stack.
 */
export function jsonErrorOffset(text: string): number {
  const stack: Container[] = [];
  let i = skipWhitespace(text, 0);
  let expectValue = true;
  while (true) {
    i = skipWhitespace(text, i);
    const top = stack[stack.length - 1];
    if (expectValue) {
      const ch = text.charAt(i);
      if (ch === '{' || ch === '[') {
        stack.push({ kind: ch === '{' ? 'object' : 'array', expect: 'first' });
        i++;
        expectValue = false;
        continue;
      }
      const end = scanScalar(text, i);
      if (typeof end !== 'number') return end.error;
      i = end;
      expectValue = false;
      if (top) top.expect = 'next';
      continue;
    }
    if (!top) {
      return Math.min(i, text.length);
    }
    const ch = text.charAt(i);
    if (top.kind === 'array') {
      if (top.expect === 'first' && ch === ']') {
        stack.pop();
        i++;
        markValueDone(stack);
        continue;
      }
      if (top.expect === 'first') {
        expectValue = true;
        continue;
      }
      if (ch === ',') {
        i++;
        expectValue = true;
        continue;
      }
      if (ch === ']') {
        stack.pop();
        i++;
        markValueDone(stack);
        continue;
      }
      return i;
    }
    // An object: a key, a colon, a value, then a comma or the closing brace.
    if ((top.expect === 'first' && ch === '}') || (top.expect === 'next' && ch === '}')) {
      stack.pop();
      i++;
      markValueDone(stack);
      continue;
    }
    if (top.expect === 'next') {
      if (ch !== ',') return i;
      i++;
      top.expect = 'key';
      continue;
    }
    if (top.expect === 'first' || top.expect === 'key') {
      if (ch !== '"') return i;
      const end = scanString(text, i);
      if (typeof end !== 'number') return end.error;
      i = end;
      top.expect = 'colon';
      continue;
    }
    if (top.expect === 'colon') {
      if (ch !== ':') return i;
      i++;
      top.expect = 'value';
      expectValue = true;
    }
  }
}

function markValueDone(stack: Container[]): void {
  const parent = stack[stack.length - 1];
  if (parent) parent.expect = 'next';
}
