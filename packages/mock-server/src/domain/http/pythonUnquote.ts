const HEX_PAIR = /^[0-9a-fA-F]{2}$/;
const decoder = new TextDecoder('utf-8');

/**
 * A URL path decoded as Python's `urllib.parse.unquote` decodes it (Starlette's router does):
 * `%XX` escapes are bytes read as UTF-8 with U+FFFD for what is not, and a `%` that starts no
 * escape stays as it is. Never throws, unlike `decodeURIComponent`.
 */
export function pythonUnquote(text: string): string {
  let out = '';
  let bytes: number[] = [];
  const flush = () => {
    if (bytes.length > 0) out += decoder.decode(new Uint8Array(bytes));
    bytes = [];
  };
  for (let i = 0; i < text.length; i++) {
    const pair = text.slice(i + 1, i + 3);
    if (text[i] === '%' && HEX_PAIR.test(pair)) {
      bytes.push(Number.parseInt(pair, 16));
      i += 2;
    } else {
      flush();
      out += text[i];
    }
  }
  flush();
  return out;
}
