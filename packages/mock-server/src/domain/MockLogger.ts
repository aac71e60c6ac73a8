/**
 * Where the mock writes its request log and its unexpected errors: a pino logger fits, as does
 * anything with these three methods.
 */
export type MockLogger = {
  isLevelEnabled: (level: string) => boolean;
  info: (fields: Record<string, unknown>, message: string) => void;
  warn: (fields: Record<string, unknown>, message: string) => void;
  error: (fields: Record<string, unknown>, message: string) => void;
};
