import { type ParseArgsConfig, parseArgs } from 'node:util';
import { nearestOption } from './nearestOption';

type FlagsConfig = ParseArgsConfig & {
  args: string[];
  options: NonNullable<ParseArgsConfig['options']>;
};

function unknownOption(rawName: string, config: FlagsConfig): string {
  const suggestion = nearestOption(rawName, Object.keys(config.options));
  return `unknown option ${rawName}${suggestion ? `; did you mean ${suggestion}?` : ''}`;
}

function isKnownOption(arg: string, config: FlagsConfig): boolean {
  const name = arg.replace(/^-+/, '').split('=')[0] ?? '';
  return Object.entries(config.options).some(([long, option]) =>
    arg.startsWith('--') ? long === name : option.short === name,
  );
}

/**
 * `parseArgs` with errors in our words, one line each: an unknown option names the nearest known
 * one, a missing value names its option, and `--port -1` reaches the option's own check (which
 * says what is wrong with -1) instead of being called "ambiguous".
 */
export function parseFlags<T extends FlagsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  const args = [...config.args];
  const { tokens } = parseArgs({
    ...config,
    args,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  // Tokens come in order; `joined` counts the arguments merged so far, to keep indexes true.
  let joined = 0;
  for (const token of tokens ?? []) {
    if (token.kind === 'positional') {
      throw new Error(`unexpected argument "${token.value}"; every option starts with --`);
    }
    if (token.kind !== 'option') continue;
    const option = config.options[token.name];
    if (!option) throw new Error(unknownOption(token.rawName, config));
    if (option.type === 'boolean' && token.inlineValue) {
      throw new Error(`${token.rawName} takes no value, not "${token.value}"`);
    }
    if (option.type !== 'string' || token.inlineValue) continue;
    if (token.value === undefined || isKnownOption(token.value, config)) {
      throw new Error(`${token.rawName} needs a value`);
    }
    if (token.value.startsWith('-')) {
      const at = token.index - joined;
      args.splice(at, 2, `${token.rawName}=${token.value}`);
      joined += 1;
    }
  }
  return parseArgs({ ...config, args });
}
