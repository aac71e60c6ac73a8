// The CLI bundle's stand-in for iconv-lite. Express loads body-parser, which loads iconv-lite's
// encoding tables (almost half the bundle); the mock reads bodies itself and never decodes
// through them, so the bundle carries the UTF-8 (and other WHATWG) decoding Node has built in.
'use strict';

function decoderFor(encoding) {
  return new TextDecoder(encoding);
}

module.exports = {
  encodingExists(encoding) {
    try {
      decoderFor(encoding);
      return true;
    } catch {
      return false;
    }
  },
  decode(buffer, encoding) {
    return decoderFor(encoding).decode(buffer);
  },
  getDecoder(encoding) {
    const decoder = decoderFor(encoding);
    return {
      write: (chunk) => decoder.decode(chunk, { stream: true }),
      end: () => decoder.decode() || undefined,
    };
  },
};
