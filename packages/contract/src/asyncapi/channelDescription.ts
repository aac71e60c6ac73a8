import { wsCloseCodes } from '../ws/wsCloseCodes';
import { wsMessageTexts } from '../ws/wsMessageTexts';

const closes = Object.entries(wsCloseCodes)
  .map(([, { code, reason }]) => `\`${code}\` \`${reason}\``)
  .join(', ');

/** What every stream does, after the channel's own description, as the document tells it. */
export function channelDescription(own: string): string {
  return `${own}

The stream sends \`init\` ("${wsMessageTexts.init}") once accepted, then every \`interval\` seconds \`loading\` ("${wsMessageTexts.loading}") followed by \`status\`, whose \`data\` is the answer. It never ends by itself: the client closes it.

Browsers cannot set headers on a WebSocket, so the access token travels as \`?token=\`. A handshake without one, or with a bad parameter, is refused before it is accepted (HTTP 403). A failure afterwards is an \`error\` message followed by a close with code 1011 and the error code as reason; the closes are ${closes}.`;
}
