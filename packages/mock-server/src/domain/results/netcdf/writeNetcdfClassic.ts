// Only 4- and 8-byte types: with them no variable needs padding, which some readers
// (netcdfjs) mistake for values.
/** The numeric types written, with their on-disk code and size. */
const NC_TYPES = {
  int: { code: 4, size: 4 },
  float: { code: 5, size: 4 },
  double: { code: 6, size: 8 },
} as const;
const NC_CHAR = 2;
const NC_DIMENSION = 0x0a;
const NC_VARIABLE = 0x0b;
const NC_ATTRIBUTE = 0x0c;

export type NetcdfNumericType = keyof typeof NC_TYPES;

export type NetcdfAttribute =
  | { name: string; value: string }
  | { name: string; type: NetcdfNumericType; value: readonly number[] };

export type NetcdfVariable = {
  name: string;
  dimensions: readonly string[];
  type: NetcdfNumericType;
  attributes?: readonly NetcdfAttribute[];
  /** Values in row-major order, as many as the product of the dimension sizes. */
  data: ArrayLike<number>;
};

export type NetcdfDataset = {
  dimensions: ReadonlyArray<{ name: string; size: number }>;
  attributes?: readonly NetcdfAttribute[];
  variables: readonly NetcdfVariable[];
};

const padded = (length: number) => Math.ceil(length / 4) * 4;

/** Big-endian writer over a buffer of known size. */
class Writer {
  private offset = 0;
  constructor(private readonly view: DataView) {}
  int(value: number) {
    this.view.setInt32(this.offset, value);
    this.offset += 4;
  }
  bytes(bytes: Uint8Array) {
    new Uint8Array(this.view.buffer, this.view.byteOffset + this.offset, bytes.length).set(bytes);
    this.offset += padded(bytes.length);
  }
  number(type: NetcdfNumericType, value: number) {
    const setters = {
      int: () => this.view.setInt32(this.offset, value),
      float: () => this.view.setFloat32(this.offset, value),
      double: () => this.view.setFloat64(this.offset, value),
    };
    setters[type]();
    this.offset += NC_TYPES[type].size;
  }
  align() {
    this.offset = padded(this.offset);
  }
  get position() {
    return this.offset;
  }
}

const encoder = new TextEncoder();

function nameSize(name: string): number {
  return 4 + padded(encoder.encode(name).length);
}

function attributeSize(attribute: NetcdfAttribute): number {
  const values =
    'type' in attribute
      ? attribute.value.length * NC_TYPES[attribute.type].size
      : encoder.encode(attribute.value).length;
  return nameSize(attribute.name) + 8 + padded(values);
}

function attributeListSize(attributes: readonly NetcdfAttribute[]): number {
  return 8 + attributes.reduce((sum, attribute) => sum + attributeSize(attribute), 0);
}

function writeAttributes(writer: Writer, attributes: readonly NetcdfAttribute[]): void {
  writer.int(attributes.length === 0 ? 0 : NC_ATTRIBUTE);
  writer.int(attributes.length);
  for (const attribute of attributes) {
    writer.bytes(nameBytes(writer, attribute.name));
    if ('type' in attribute) {
      writer.int(NC_TYPES[attribute.type].code);
      writer.int(attribute.value.length);
      for (const value of attribute.value) writer.number(attribute.type, value);
      writer.align();
    } else {
      const bytes = encoder.encode(attribute.value);
      writer.int(NC_CHAR);
      writer.int(bytes.length);
      writer.bytes(bytes);
    }
  }
}

function nameBytes(writer: Writer, name: string): Uint8Array {
  const bytes = encoder.encode(name);
  writer.int(bytes.length);
  return bytes;
}

/**
 * Writes a NetCDF classic (CDF-1) file: fixed-size dimensions, attributes and variables, the
 * format every NetCDF reader opens. No record dimension, which a mock result never needs.
 */
export function writeNetcdfClassic(dataset: NetcdfDataset): Uint8Array {
  const dimensionIndex = new Map(dataset.dimensions.map((dimension, i) => [dimension.name, i]));
  const variables = dataset.variables.map((variable) => {
    const dimensionIds = variable.dimensions.map((name) => {
      const id = dimensionIndex.get(name);
      if (id === undefined) throw new Error(`Unknown NetCDF dimension ${name}`);
      return id;
    });
    const count = dimensionIds.reduce(
      (product, id) => product * (dataset.dimensions[id]?.size ?? 0),
      1,
    );
    if (count !== variable.data.length) {
      throw new Error(`NetCDF variable ${variable.name} needs ${count} values`);
    }
    return { ...variable, dimensionIds, vsize: padded(count * NC_TYPES[variable.type].size) };
  });
  const globalAttributes = dataset.attributes ?? [];
  const headerSize =
    8 +
    8 +
    dataset.dimensions.reduce((sum, dimension) => sum + nameSize(dimension.name) + 4, 0) +
    attributeListSize(globalAttributes) +
    8 +
    variables.reduce(
      (sum, variable) =>
        sum +
        nameSize(variable.name) +
        4 +
        4 * variable.dimensionIds.length +
        attributeListSize(variable.attributes ?? []) +
        12,
      0,
    );
  const total = headerSize + variables.reduce((sum, variable) => sum + variable.vsize, 0);
  const buffer = new Uint8Array(total);
  const writer = new Writer(new DataView(buffer.buffer));

  writer.bytes(new Uint8Array([0x43, 0x44, 0x46, 0x01]));
  writer.int(0);
  writer.int(dataset.dimensions.length === 0 ? 0 : NC_DIMENSION);
  writer.int(dataset.dimensions.length);
  for (const dimension of dataset.dimensions) {
    writer.bytes(nameBytes(writer, dimension.name));
    writer.int(dimension.size);
  }
  writeAttributes(writer, globalAttributes);
  writer.int(variables.length === 0 ? 0 : NC_VARIABLE);
  writer.int(variables.length);
  let begin = headerSize;
  for (const variable of variables) {
    writer.bytes(nameBytes(writer, variable.name));
    writer.int(variable.dimensionIds.length);
    for (const id of variable.dimensionIds) writer.int(id);
    writeAttributes(writer, variable.attributes ?? []);
    writer.int(NC_TYPES[variable.type].code);
    writer.int(variable.vsize);
    writer.int(begin);
    begin += variable.vsize;
  }
  if (writer.position !== headerSize) throw new Error('NetCDF header size mismatch');
  for (const variable of variables) {
    for (let i = 0; i < variable.data.length; i++)
      writer.number(variable.type, variable.data[i] ?? 0);
    writer.align();
  }
  return buffer;
}
