/** Pure parts of a receipt landing's choice: what was shown, and what a choice newly grants. */
import type { Consent, LinkResolution, Topic, TopicStates } from '../../api/schemas';
import { t } from '../../i18n';

/** Exactly what the consumer saw when choosing: kept in their consent record (Principle 4). */
export function shownTextOf(link: LinkResolution, topics: Topic[]): string {
  const b = link.business;
  const lines = [
    link.consentRequest.text,
    ...topics.map((topic) => `${t(`topic.${topic}`)}: ${b.topicStatements[topic]}`),
    `${t('dataUse.title')}: ${b.dataUse.controller}. ${b.dataUse.purposes.join('; ')}. ${b.dataUse.retention}. ${b.dataUse.privacyPolicyUrl}`,
  ];
  return lines.join('\n').slice(0, 2000);
}

export const grantOf = (topics: Topic[], value: boolean): Partial<TopicStates> =>
  Object.fromEntries(topics.map((topic) => [topic, value]));

/**
 * The chosen topics the stored consent does not allow yet. Only these are recorded, so that
 * Undo withdraws exactly what this choice granted and never a topic allowed before.
 */
export function newlyGranted(topics: Topic[], consent: Consent | null | undefined): Topic[] {
  return [...new Set(topics)].filter((topic) => !consent?.topics[topic]);
}
