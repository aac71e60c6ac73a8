import { componentDescriptions } from './componentDescriptions';
import { componentNames } from './componentNames';
import { type JsonSchema, toJsonSchema } from './toJsonSchema';

/** `components.schemas` of the published document: each named zod schema, converted once. */
export function componentSchemas(): Record<string, JsonSchema> {
  const schemas: Record<string, JsonSchema> = {};
  for (const [name, schema] of componentNames) {
    const description = componentDescriptions[name];
    schemas[name] = {
      title: name,
      ...(description && { description }),
      ...toJsonSchema(schema, { inline: true }),
    };
  }
  return schemas;
}
