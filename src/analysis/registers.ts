import type { Archive, Decision, Declaration, Item, Meeting } from '../model/types.ts';

export interface DecisionEntry {
  meeting: Meeting;
  item: Item;
  decision: Decision;
}

/** Every decision of the archive, newest meeting first, in item order within a meeting. */
export function decisionRegister(archive: Archive, boardId?: string): DecisionEntry[] {
  const entries: DecisionEntry[] = [];
  for (const meeting of [...archive.meetings].reverse()) {
    if (boardId && meeting.boardId !== boardId) continue;
    for (const item of meeting.items) for (const decision of item.decisions) entries.push({ meeting, item, decision });
  }
  return entries;
}

export interface ActionEntry {
  meeting: Meeting;
  item: Item;
  /** What the owner was asked to do: the decisions the action follows (the minutes' "Action" column sits beside them). */
  decisions: Decision[];
  /** Who acts: the person's id when the owner is a known person, else the owner as written. */
  ownerKey: string;
  ownerWritten: string;
  ownerPersonId?: string;
}

/** Every action of the archive, newest meeting first. */
export function actionRegister(archive: Archive): ActionEntry[] {
  const entries: ActionEntry[] = [];
  for (const meeting of [...archive.meetings].reverse()) {
    for (const item of meeting.items) {
      for (const action of item.actions) {
        entries.push({
          meeting,
          item,
          decisions: item.decisions.filter((d) => action.decisionIds.includes(d.id)),
          ownerKey: action.owner.personId ?? action.owner.written.toLowerCase(),
          ownerWritten: action.owner.written,
          ...(action.owner.personId ? { ownerPersonId: action.owner.personId } : {}),
        });
      }
    }
  }
  return entries;
}

/** Groups entries by a key, keeping the first-seen order of keys. */
export function groupBy<T>(entries: readonly T[], key: (entry: T) => string): Array<[string, T[]]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const k = key(entry);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(entry);
  }
  return [...groups.entries()];
}

/** A topic's address: "SEND transport" → "send-transport". */
export function topicSlug(topic: string): string {
  return (
    topic
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'topic'
  );
}

export interface TopicEntry {
  meeting: Meeting;
  item?: Item;
}

/** Topics of meetings and items, each with where it was discussed, newest first; topics sorted by name. */
export function topicIndex(archive: Archive): Array<{ slug: string; name: string; entries: TopicEntry[] }> {
  const topics = new Map<string, { name: string; entries: TopicEntry[] }>();
  const add = (name: string, entry: TopicEntry) => {
    const slug = topicSlug(name);
    if (!topics.has(slug)) topics.set(slug, { name, entries: [] });
    topics.get(slug)!.entries.push(entry);
  };
  for (const meeting of [...archive.meetings].reverse()) {
    for (const topic of meeting.topics) add(topic, { meeting });
    for (const item of meeting.items) for (const topic of item.topics) add(topic, { meeting, item });
  }
  return [...topics.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([slug, t]) => ({ slug, ...t }));
}

export interface DeclarationEntry {
  meeting: Meeting;
  declaration: Declaration;
}

const declarationsOfArchive = new WeakMap<Archive, Map<string, DeclarationEntry[]>>();

/** A person's declarations of interest, newest meeting first, found in one pass over the archive. */
export function declarationsOf(archive: Archive, personId: string): DeclarationEntry[] {
  let byPerson = declarationsOfArchive.get(archive);
  if (!byPerson) {
    byPerson = new Map();
    for (const meeting of [...archive.meetings].reverse()) {
      for (const declaration of meeting.declarations) {
        const id = declaration.who.personId;
        if (!id) continue;
        if (!byPerson.has(id)) byPerson.set(id, []);
        byPerson.get(id)!.push({ meeting, declaration });
      }
    }
    declarationsOfArchive.set(archive, byPerson);
  }
  return byPerson.get(personId) ?? [];
}
