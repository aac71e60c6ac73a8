import {
  addedStatuses,
  componentSchemaDifferences,
  documentDifferences,
  operationSchemaDifferences,
  replacedResponseComponents,
} from '../conformance/intendedDifferences';

/**
 * The part of the document's description that lists where it departs from the service's own
 * published document, written from the one list the conformance tests check.
 */
export function differencesNote(): string {
  const items = [
    ...addedStatuses.map(
      ({ operation, statuses, reason }) =>
        `**${statuses.join(', ')} on ${operation === 'secured' ? 'every secured operation' : `\`${operation}\``}**: ${reason}`,
    ),
    ...replacedResponseComponents.map(
      ({ status, component, reason }) => `**${status} is \`${component}\`**: ${reason}`,
    ),
    ...[...operationSchemaDifferences, ...componentSchemaDifferences].map(
      ({ line, reason }) => `**\`${line.split(':')[0]}\`**: ${reason}`,
    ),
    ...documentDifferences.map(({ where, reason }) => `**${where}**: ${reason}`),
  ];
  return `## Where this document departs from the service's own

It follows the running service (APEx Dispatch API 0.7.2) where that service and its published document disagree. Each difference is kept, with its reason, in one list of the contract package (\`src/conformance/intendedDifferences.ts\`), which its tests check against the published document:

${items.map((item) => `- ${item}`).join('\n')}`;
}
