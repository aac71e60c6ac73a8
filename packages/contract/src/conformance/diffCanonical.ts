import type { Canonical } from './canonicalSchema';

const show = (value: unknown) => JSON.stringify(value);

/** Lists where `contract` differs from `reference`, one line per difference, with its path. */
export function diffCanonical(reference: Canonical, contract: Canonical, path: string): string[] {
  if (reference.any || contract.any) {
    return reference.any && contract.any
      ? []
      : [
          `${path}: reference ${reference.any ? 'accepts anything' : describe(reference)}, contract ${contract.any ? 'accepts anything' : describe(contract)}`,
        ];
  }
  if (reference.recursive || contract.recursive) {
    return reference.recursive && contract.recursive ? [] : [`${path}: recursion differs`];
  }
  const out: string[] = [];
  if (Boolean(reference.nullable) !== Boolean(contract.nullable)) {
    out.push(
      `${path}: nullable ${Boolean(reference.nullable)} in reference, ${Boolean(contract.nullable)} in contract`,
    );
  }
  const kind = (c: Canonical) =>
    c.anyOf ? 'anyOf' : c.enum ? 'enum' : c.const !== undefined ? 'const' : c.type;
  if (kind(reference) !== kind(contract)) {
    return [...out, `${path}: reference ${describe(reference)}, contract ${describe(contract)}`];
  }
  if (reference.enum || reference.const !== undefined) {
    if (show(reference.enum ?? reference.const) !== show(contract.enum ?? contract.const)) {
      out.push(
        `${path}: values ${show(reference.enum ?? reference.const)} in reference, ${show(contract.enum ?? contract.const)} in contract`,
      );
    }
    return out;
  }
  for (const key of ['minLength', 'maxLength', 'minItems', 'maxItems', 'pattern', 'format']) {
    if (show(reference[key]) !== show(contract[key])) {
      out.push(
        `${path}: ${key} ${show(reference[key])} in reference, ${show(contract[key])} in contract`,
      );
    }
  }
  if (reference.anyOf) {
    const a = reference.anyOf as Canonical[];
    const b = contract.anyOf as Canonical[];
    if (a.length !== b.length)
      return [...out, `${path}: ${a.length} alternatives in reference, ${b.length} in contract`];
    return [...out, ...a.flatMap((m, i) => diffCanonical(m, b[i] as Canonical, `${path}|${i}`))];
  }
  if (reference.type === 'tuple') {
    const a = reference.items as Canonical[];
    const b = contract.items as Canonical[];
    if (a.length !== b.length)
      return [...out, `${path}: tuple of ${a.length} in reference, ${b.length} in contract`];
    return [...out, ...a.flatMap((m, i) => diffCanonical(m, b[i] as Canonical, `${path}[${i}]`))];
  }
  if (reference.type === 'array') {
    return [
      ...out,
      ...diffCanonical(reference.items as Canonical, contract.items as Canonical, `${path}[]`),
    ];
  }
  if (reference.type === 'map') {
    return [
      ...out,
      ...diffCanonical(reference.values as Canonical, contract.values as Canonical, `${path}{}`),
    ];
  }
  if (reference.type === 'object') {
    const a = reference.properties as Record<string, Canonical>;
    const b = contract.properties as Record<string, Canonical>;
    for (const name of Object.keys(a)) {
      if (!(name in b)) out.push(`${path}.${name}: missing in contract`);
    }
    for (const name of Object.keys(b)) {
      if (!(name in a)) out.push(`${path}.${name}: not in reference`);
    }
    if (Boolean(reference.open) !== Boolean(contract.open)) {
      out.push(
        `${path}: additional properties ${reference.open ? 'kept' : 'unspecified'} in reference, ${contract.open ? 'kept' : 'unspecified'} in contract`,
      );
    }
    if (show(reference.required) !== show(contract.required)) {
      out.push(
        `${path}: required ${show(reference.required)} in reference, ${show(contract.required)} in contract`,
      );
    }
    for (const name of Object.keys(a)) {
      const other = b[name];
      if (other) out.push(...diffCanonical(a[name] as Canonical, other, `${path}.${name}`));
    }
  }
  return out;
}

function describe(c: Canonical): string {
  if (c.anyOf) return `anyOf(${(c.anyOf as Canonical[]).map(describe).join(', ')})`;
  if (c.enum) return `enum ${show(c.enum)}`;
  if (c.const !== undefined) return `const ${show(c.const)}`;
  return String(c.type);
}
