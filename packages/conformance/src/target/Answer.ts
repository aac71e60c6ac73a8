/** An HTTP answer of the deployment, read whole. */
export type Answer = {
  status: number;
  headers: Headers;
  text: string;
  /** The body as JSON, or `undefined` when it is none. */
  json: unknown;
};

/** How an answer reads in a report: its status and the start of its body. */
export function showAnswer(answer: Answer): string {
  const body = answer.text.length > 300 ? `${answer.text.slice(0, 300)}...` : answer.text;
  return `${answer.status} ${body || '(empty body)'}`;
}
