/** A check's failure: what the contract expects, and what the deployment sent instead. */
export class Drift extends Error {
  override readonly name = 'Drift';
  readonly expected: string;
  readonly sent: string;

  constructor(expected: string, sent: string) {
    super(`expected ${expected}; sent ${sent}`);
    this.expected = expected;
    this.sent = sent;
  }
}

/** A check that cannot run in this run, and why (a token or `--write` missing, an earlier step). */
export class Skip extends Error {
  override readonly name = 'Skip';
}
