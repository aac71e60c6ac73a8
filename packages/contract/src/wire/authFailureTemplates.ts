/**
 * The `message` of the service's AUTHENTICATION_FAILED answers that come from exchanging the
 * user's token for a platform's (`app/auth.py`) or from the platform refusing the exchanged
 * token (`app/platforms/implementations/openeo.py`), word for word.
 */
export const authFailureTemplates = {
  /** 401: the user never linked the platform's account; `accountPage` is the IdP's own. */
  notLinked: (provider: string, accountPage: string) =>
    `Please link your account with ${provider} in your <a href='${accountPage}'>Account Dashboard</a>`,
  /** 502: the identity provider did not answer, or not in JSON. */
  providerUnreachable: (provider: string) =>
    `Could not authenticate with ${provider}. Please contact APEx support or reach out through the <a href='https://forum.apex.esa.int/'>APEx User Forum</a>.`,
  /** 500: the deployment has no client credentials to exchange tokens with. */
  exchangeNotConfigured:
    'Token exchange not configured on the server (missing client credentials).',
  /** The platform refused to run a job; `reason` is the platform's message. */
  executionRefused: (reason: string) => `Authentication error when executing: ${reason}`,
  /** The platform refused to give a job's results; `reason` is the platform's message. */
  resultsRefused: (jobId: string | number, reason: string) =>
    `Authentication error when fetching job results for job ${jobId}: ${reason}`,
} as const;
