import type { ZodObject, ZodRawShape, ZodTypeAny } from 'zod';
import { API_VERSION } from '../apiInfo';
import { componentSchemas } from '../openapi/componentSchemas';
import { componentOfRef, type JsonSchema, toJsonSchema } from '../openapi/toJsonSchema';
import { openApiPathOf } from '../paths/pathTemplate';
import { type DispatchChannelName, dispatchChannels } from '../ws/dispatchChannels';
import { channelDescription } from './channelDescription';
import { jobsStatusExamples, upscaleTaskExamples } from './streamExamples';

/** An AsyncAPI 3.0 document, loosely typed: the generator is its only author. */
export type AsyncApiDocument = {
  asyncapi: '3.0.0';
  info: { title: string; version: string; description?: string };
  defaultContentType: string;
  channels: Record<string, { [field: string]: unknown }>;
  operations: Record<string, { [field: string]: unknown }>;
  components: {
    messages: Record<string, { [field: string]: unknown }>;
    schemas: Record<string, JsonSchema>;
    securitySchemes: Record<string, { [field: string]: unknown }>;
  };
};

const TOKEN_SCHEME = 'queryToken';

const streams: Record<
  DispatchChannelName,
  { message: string; examples: ReadonlyArray<{ name: string; summary: string; payload: unknown }> }
> = {
  jobsStatus: { message: 'WSStatusMessage', examples: jobsStatusExamples },
  upscaleTask: { message: 'WSTaskStatusMessage', examples: upscaleTaskExamples },
};

const description = `The two WebSocket streams of the APEx Dispatch API, which its OpenAPI document cannot show: live status of all of a user's tasks and jobs, and of one upscaling task.

Both stream on the API's own host and port; a \`ws://\` or \`wss://\` URL is the API's base URL with its scheme changed.`;

// `/ws/upscale_tasks/:task_id` (ts-rest's spelling) is `/ws/upscale_tasks/{task_id}` here.
const addressOf = openApiPathOf;

const shapeOf = (schema: ZodTypeAny) => (schema as ZodObject<ZodRawShape>).shape;

function channelParameters(pathParams: ZodTypeAny) {
  const entries = Object.entries(shapeOf(pathParams)).map(([name, schema]) => [
    name,
    { description: schema.description ?? name },
  ]);
  return entries.length === 0 ? {} : { parameters: Object.fromEntries(entries) };
}

function channel(name: DispatchChannelName) {
  const { path, pathParams, query, summary, description } = dispatchChannels[name];
  const { message } = streams[name];
  return {
    address: addressOf(path),
    title: summary,
    description: channelDescription(description),
    ...channelParameters(pathParams),
    messages: { [message]: { $ref: `#/components/messages/${message}` } },
    bindings: { ws: { method: 'GET', query: toJsonSchema(query), bindingVersion: '0.1.0' } },
  };
}

function operation(name: DispatchChannelName) {
  const { summary } = dispatchChannels[name];
  return {
    action: 'send',
    channel: { $ref: `#/channels/${name}` },
    summary,
    security: [{ $ref: `#/components/securitySchemes/${TOKEN_SCHEME}` }],
    messages: [{ $ref: `#/channels/${name}/messages/${streams[name].message}` }],
  };
}

function message(name: DispatchChannelName) {
  const { message: schema } = dispatchChannels[name];
  const { message: title, examples } = streams[name];
  return {
    name: title,
    title,
    summary: schema.description ?? `A message of the ${name} stream`,
    contentType: 'application/json',
    payload: toJsonSchema(schema),
    examples: examples.map(({ name, summary, payload }) => ({ name, summary, payload })),
  };
}

// The named schemas the messages and query parameters refer to, and the ones those refer to.
function reachableSchemas(roots: unknown): Record<string, JsonSchema> {
  const all = componentSchemas();
  const found = new Map<string, JsonSchema>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, inner] of Object.entries(value)) {
        const name = key === '$ref' && typeof inner === 'string' ? nameOfRef(inner) : undefined;
        const schema = name === undefined ? undefined : all[name];
        if (name !== undefined && schema && !found.has(name)) {
          found.set(name, schema);
          visit(schema);
        } else visit(inner);
      }
    }
  };
  visit(roots);
  return Object.fromEntries([...found].sort(([a], [b]) => a.localeCompare(b)));
}

const nameOfRef = componentOfRef;

/** The AsyncAPI 3.0 document of the service's WebSocket streams, generated from dispatchChannels. */
export function buildAsyncApiDocument(): AsyncApiDocument {
  const names = Object.keys(dispatchChannels) as DispatchChannelName[];
  const channels = Object.fromEntries(names.map((name) => [name, channel(name)]));
  const messages = Object.fromEntries(names.map((name) => [streams[name].message, message(name)]));
  return {
    asyncapi: '3.0.0',
    info: { title: 'APEx Dispatch API streams', version: API_VERSION, description },
    defaultContentType: 'application/json',
    channels,
    operations: Object.fromEntries(names.map((name) => [name, operation(name)])),
    components: {
      messages,
      schemas: reachableSchemas([channels, messages]),
      securitySchemes: {
        [TOKEN_SCHEME]: {
          type: 'httpApiKey',
          name: 'token',
          in: 'query',
          description:
            'The OIDC access token, in the query string: browsers cannot set headers on a WebSocket. The mock server accepts any token.',
        },
      },
    },
  };
}
