import type { Topic } from '../../schemas/records.ts';

/** A topic and its parents, outermost first: the breadcrumb trail to it. Stops on a loop. */
export function topicTrail(topic: Topic, byId: Map<string, Topic>): Topic[] {
  const trail: Topic[] = [];
  const seen = new Set<string>();
  for (
    let current: Topic | undefined = topic;
    current && !seen.has(current.id);
    current = current.parent ? byId.get(current.parent) : undefined
  ) {
    seen.add(current.id);
    trail.unshift(current);
  }
  return trail;
}
