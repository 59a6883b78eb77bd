import type { Archive } from '../model/types.ts';
import { counted } from '../text/counted.ts';

/** One decision as the check lists it: where it is and the form it was read in. */
export interface DecisionRead {
  file: string;
  line: number;
  item: string;
  form: string;
  text: string;
}

/** Every decision of the archive, in the order of its meetings and items. */
export function decisionsRead(archive: Pick<Archive, 'meetings'>): DecisionRead[] {
  return archive.meetings.flatMap((meeting) =>
    meeting.items.flatMap((item) =>
      item.decisions.map((d) => ({
        file: meeting.file,
        line: d.line,
        item: item.number ?? item.title ?? `at ${item.position}`,
        form: d.form,
        text: d.text,
      })),
    ),
  );
}

/** The decisions for a person: a count of each form, then each decision with its place and form. */
export function formatDecisions(decisions: readonly DecisionRead[]): string {
  const forms = new Map<string, number>();
  for (const d of decisions) forms.set(d.form, (forms.get(d.form) ?? 0) + 1);
  const lines = [
    `Decisions read: ${counted(decisions.length, 'decision')}${
      forms.size
        ? ` (${[...forms]
            .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
            .map(([form, n]) => `${n} written "${form}"`)
            .join(', ')})`
        : ''
    }.`,
    ...decisions.map(
      (d) =>
        `${d.file}:${d.line}:1: decision of item ${d.item}, read from "${d.form}": ${d.text.length > 70 ? `${d.text.slice(0, 69)}…` : d.text}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
