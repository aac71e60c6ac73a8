import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadServicesFile } from '../../cli/loadServicesFile';
import { ogcProcessParameters } from './ogcProcessParameters';
import { openEoUdpParameters } from './openEoUdpParameters';

describe('openEO UDP parameters', () => {
  it('maps schemas with the real service’s type mapping', () => {
    const parameters = openEoUdpParameters({
      parameters: [
        {
          name: 'dates',
          description: 'd',
          schema: { type: 'array', subtype: 'temporal-interval' },
        },
        { name: 'bands', description: 'b', schema: { type: 'array', items: { type: 'string' } } },
        {
          name: 'box',
          description: 'x',
          schema: [{ type: 'object', subtype: 'bounding-box' }, { type: 'null' }],
        },
        { name: 'shape', description: 's', schema: { type: 'object', subtype: 'geojson' } },
        { name: 'flag', description: 'f', schema: { type: 'boolean' } },
        { name: 'name', description: 'n', schema: { type: 'string', enum: ['a', 'b'] } },
        { name: 'count', description: 'c', schema: [{ type: 'integer' }, { type: 'null' }] },
        {
          name: 'ratio',
          description: 'r',
          schema: { type: 'number' },
          optional: true,
          default: 0.5,
        },
      ],
    });
    expect(parameters.map((p) => [p.name, p.type])).toEqual([
      ['dates', 'date-interval'],
      ['bands', 'array-string'],
      ['box', 'bounding-box'],
      ['shape', 'polygon'],
      ['flag', 'boolean'],
      ['name', 'string'],
      ['count', 'integer'],
      ['ratio', 'integer'],
    ]);
    expect(parameters[5]?.options).toEqual(['a', 'b']);
    expect(parameters[7]).toMatchObject({ optional: true, default: 0.5 });
    expect(parameters[0]).toMatchObject({ default: null, options: [] });
  });

  it('refuses a schema it cannot map, as the service does, quoting it as Python prints it', () => {
    expect(() =>
      openEoUdpParameters({
        parameters: [{ name: 'o', description: 'o', schema: { type: 'object', title: "it's" } }],
      }),
    ).toThrow(`Unsupported parameter schemas: [{'type': 'object', 'title': "it's"}]`);
    expect(() =>
      openEoUdpParameters({ parameters: [{ name: 'n', description: 'n', schema: ['x'] }] }),
    ).toThrow("'str' object has no attribute 'get'");
  });
});

describe('OGC process parameters', () => {
  it('keeps the known types, reads bbox schemas and optional inputs', () => {
    const parameters = ogcProcessParameters({
      inputs: {
        when: { schema: { type: 'date-interval' } },
        box: { schema: { type: 'object', required: ['bbox', 'crs'] } },
        ok: { schema: { type: 'boolean' }, minOccurs: 0 },
        n: { schema: { type: 'integer' }, minOccurs: 1 },
        x: { schema: { type: 'double' } },
        number: { schema: { type: 'number' } },
        text: { description: 'Some text', schema: { type: 'string', enum: ['a'], default: 'a' } },
      },
    });
    expect(parameters.map((p) => [p.name, p.type, p.optional])).toEqual([
      ['when', 'date-interval', false],
      ['box', 'bounding-box', false],
      ['ok', 'boolean', true],
      ['n', 'integer', false],
      ['x', 'double', false],
      ['number', 'string', false],
      ['text', 'string', false],
    ]);
    expect(parameters[0]?.description).toBe('Parameter: when');
    expect(parameters[6]).toMatchObject({
      description: 'Some text',
      default: null,
      options: ['a'],
    });
  });

  it('takes a type from an input named like one, as the service does', () => {
    const [parameter] = ogcProcessParameters({
      inputs: { boolean: { schema: { type: 'string' } } },
    });
    expect(parameter?.type).toBe('boolean');
  });
});

describe('loadServicesFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mock-services-'));
  const write = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('reads a list, or an object with a services list', () => {
    const service = { label: 'openeo', application: 'https://a', parameters: [] };
    expect(loadServicesFile(write('list.json', JSON.stringify([service])))).toHaveLength(1);
    expect(
      loadServicesFile(write('object.json', JSON.stringify({ services: [service, service] }))),
    ).toHaveLength(2);
  });

  it('says what is wrong with a bad file', () => {
    expect(() => loadServicesFile(join(dir, 'missing.json'))).toThrow(/Cannot read services file/);
    expect(() => loadServicesFile(write('bad.json', '{'))).toThrow(/Cannot read services file/);
    expect(() =>
      loadServicesFile(
        write(
          'both.json',
          JSON.stringify([
            { label: 'openeo', application: 'a', parameters: [], udp: { parameters: [] } },
          ]),
        ),
      ),
    ).toThrow(/exactly one of/);
    expect(() =>
      loadServicesFile(
        write('label.json', JSON.stringify([{ label: 'x', application: 'a', parameters: [] }])),
      ),
    ).toThrow(/0\.label/);
  });
});
