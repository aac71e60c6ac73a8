import { componentOfRef } from '../openapi/toJsonSchema';
import { canonicalSchema, type JsonSchema } from './canonicalSchema';
import { diffCanonical } from './diffCanonical';

type Document = { components: { schemas: Record<string, JsonSchema> } };

const resolverOf = (document: Document) => (ref: string) => {
  const name = componentOfRef(ref);
  const schema = name === undefined ? undefined : document.components.schemas[name];
  if (!schema) throw new Error(`Unresolved $ref ${ref}`);
  return schema;
};

/**
 * Compares every component schema of the reference document with ours of the same name, both in
 * canonical form (the wire format only: types, fields, required, enums, nullability,
 * constraints). Returns one line per difference, prefixed with the component's name.
 */
export function compareComponents(reference: Document, published: Document): string[] {
  const theirs = reference.components.schemas;
  const ours = published.components.schemas;
  const out: string[] = [];
  for (const [name, schema] of Object.entries(theirs)) {
    const mine = ours[name];
    if (!mine) {
      out.push(`${name}: missing in our document`);
      continue;
    }
    out.push(
      ...diffCanonical(
        canonicalSchema(schema, resolverOf(reference)),
        canonicalSchema(mine, resolverOf(published)),
        name,
      ),
    );
  }
  for (const name of Object.keys(ours)) {
    if (!(name in theirs)) out.push(`${name}: not in reference`);
  }
  return out;
}
