// The "WebSocket streams" page: the AsyncAPI document of the two streams, rendered at build time
// as a plain page of the site (no AsyncAPI renderer fits the size budget or works offline).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAsyncApiDocument } from './contractDocuments.mjs';
import { guidePage, STREAMS } from './layout.mjs';
import { renderMarkdown } from './renderMarkdown.mjs';

/** How the page appears in the site; it is not a guide, so it is not in guides.json. */
export const CHANNELS_PAGE = {
  ...STREAMS,
  summary: 'The two WebSocket streams of the API: address, parameters, messages and closes.',
};

const refName = (ref) => ref.slice(ref.lastIndexOf('/') + 1);
// Pipes end a table cell, even inside backticks.
const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n+/g, ' ');

/** A JSON schema's type in one line: `JobsStatusResponse | null`, `JobsFilter[]`. */
function typeOf(schema) {
  if (schema.$ref) return refName(schema.$ref);
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(' | ');
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(' | ');
  if (schema.type === 'array') return `${typeOf(schema.items ?? {})}[]`;
  if (Array.isArray(schema.type)) return schema.type.join(' | ');
  return schema.type ?? 'any';
}

function fieldsTable(schema) {
  const required = new Set(schema.required ?? []);
  const rows = Object.entries(schema.properties ?? {}).map(([name, property]) => {
    const notes = [
      required.has(name) ? 'yes' : 'no',
      property.default === undefined ? '' : `default \`${JSON.stringify(property.default)}\``,
    ].filter(Boolean);
    return `| \`${name}\` | \`${cell(typeOf(property))}\` | ${notes.join(', ')} | ${cell(property.description)} |`;
  });
  return ['| Name | Type | Required | Description |', '| --- | --- | --- | --- |', ...rows].join(
    '\n',
  );
}

function channelSection(document, channel, name) {
  const messages = Object.values(channel.messages).map(
    (ref) => document.components.messages[refName(ref.$ref)],
  );
  const parameters = Object.entries(channel.parameters ?? {}).map(
    ([parameter, { description }]) => `| \`${parameter}\` | ${cell(description)} |`,
  );
  return [
    `## ${channel.title}`,
    `\`GET ${channel.address}\` · channel \`${name}\``,
    channel.description,
    ...(parameters.length > 0
      ? [
          '### Path parameters',
          ['| Name | Description |', '| --- | --- |', ...parameters].join('\n'),
        ]
      : []),
    '### Query parameters',
    fieldsTable(channel.bindings.ws.query),
    ...messages.flatMap((message) => [
      `### Message \`${message.name}\``,
      message.summary,
      fieldsTable(message.payload),
      ...message.examples.flatMap((example) => [
        `**${example.name}**: ${example.summary}`,
        `\`\`\`json\n${JSON.stringify(example.payload, null, 2)}\n\`\`\``,
      ]),
    ]),
  ];
}

function schemaSection(name, schema) {
  const body = schema.properties
    ? fieldsTable(schema)
    : `\`${cell(typeOf(schema))}\`${schema.description ? `: ${schema.description}` : ''}`;
  return [`### ${name}`, body];
}

/** The page's Markdown, from an AsyncAPI 3.0 document of the streams. */
export function channelsMarkdown(document) {
  const { info, channels, components } = document;
  const scheme = Object.values(components.securitySchemes)[0];
  return [
    `# ${CHANNELS_PAGE.title}`,
    info.description,
    `**Token.** ${scheme?.description ?? ''}`,
    'The typed client follows both streams with `watchJobsStatus` and `watchUpscaleTask`: see [Following jobs live](following-jobs-live.md). The machine-readable document is [asyncapi.json](../asyncapi.json) (AsyncAPI 3.0).',
    ...Object.entries(channels).flatMap(([name, channel]) =>
      channelSection(document, channel, name),
    ),
    '## Models',
    ...Object.entries(components.schemas).flatMap(([name, schema]) => schemaSection(name, schema)),
  ].join('\n\n');
}

/** Writes `asyncapi.json` and the streams page into the built site. */
export function writeChannelsPage({ dist, guides }) {
  const document = buildAsyncApiDocument();
  writeFileSync(join(dist, 'asyncapi.json'), `${JSON.stringify(document, null, 2)}\n`);
  const rendered = renderMarkdown(channelsMarkdown(document));
  writeFileSync(
    join(dist, `${CHANNELS_PAGE.slug}.html`),
    guidePage({ guides, guide: CHANNELS_PAGE, rendered }),
  );
}
