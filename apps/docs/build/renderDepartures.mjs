// The "Where the document departs" page: the part of the OpenAPI document's description that
// lists where it follows the running service rather than the service's published document. The
// API reference shows the rest of the description and links here, so that it opens with the
// operations rather than with this list.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEPARTURES, guidePage } from './layout.mjs';
import { renderMarkdown } from './renderMarkdown.mjs';

/** Where the departures begin in the document's description: its first `## ` heading. */
export const DEPARTURES_HEADING = /^## /m;

/** Writes the departures page from the OpenAPI document's description. */
export function writeDeparturesPage({ dist, guides, document }) {
  const description = document.info.description ?? '';
  const at = description.search(DEPARTURES_HEADING);
  if (at < 0) throw new Error('The OpenAPI description has no "## " section of departures');
  // The section speaks of "this document" from inside it; here it is a page of its own.
  const section = description
    .slice(at)
    .replace(/^## [^\n]*\n/, '')
    .replace(/^\s*It follows/, 'The OpenAPI document of this site follows');
  const markdown = `# ${DEPARTURES.title}\n\n${section}`;
  const rendered = renderMarkdown(markdown);
  const page = {
    ...DEPARTURES,
    summary:
      "Where the OpenAPI document follows the running service rather than the service's published document.",
  };
  writeFileSync(
    join(dist, `${DEPARTURES.slug}.html`),
    guidePage({ guides, guide: page, rendered }),
  );
}
