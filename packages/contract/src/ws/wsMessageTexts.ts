/** The `message` of the messages whose text is fixed, word for word as the service sends it. */
export const wsMessageTexts = {
  init: 'Starting status stream',
  loading: 'Starting retrieval of status',
} as const;
