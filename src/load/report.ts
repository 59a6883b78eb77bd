import type { Report, Source } from '../model/types.ts';
import type { Diagnostics } from '../model/diagnostics.ts';
import { Fields } from './fields.ts';
import { splitFrontMatter } from './front-matter.ts';
import { markdown, plainText } from '../text/markdown.ts';
import { SOURCE_SHAPES } from './meeting.ts';
import { reportImagesFromElsewhere } from './meeting-body.ts';
import { optional } from './site-data.ts';

const REPORT_FIELDS = ['title', 'type', 'period', 'date', 'source'] as const;
export const REPORT_TYPES = ['annual-report', 'work-programme', 'scrutiny-review', 'other'] as const;

/** Reads a report of a board, such as an annual report. */
export function readReport(
  file: string,
  boardId: string,
  slug: string,
  text: string,
  diagnostics: Diagnostics,
): Report | undefined {
  const { yaml, body, bodyLine } = splitFrontMatter(text, file, diagnostics);
  if (!yaml) return undefined;
  const fields = new Fields(yaml, yaml.root, diagnostics, 'the report');
  if (!Fields.isMapping(yaml.root)) {
    diagnostics.error(
      file,
      { line: 2, column: 1 },
      'wrong-type',
      'the front matter should be fields such as "title: Annual Report", one a line',
    );
    return undefined;
  }
  fields.checkKnown(REPORT_FIELDS);
  const title = fields.text('title', { required: true });
  const type = fields.oneOf('type', REPORT_TYPES) ?? 'other';
  const period = fields.mapping('period', 'the report period');
  period?.checkKnown(['from', 'to', 'label']);
  const sourceFields = fields.mapping('source', 'the source');
  const source: Source = sourceFields
    ? {
        ...optional('shape', sourceFields.oneOf('shape', SOURCE_SHAPES)),
        ...optional('link', sourceFields.link('link')),
        ...optional('file', sourceFields.text('file')),
      }
    : {};
  const date = fields.date('date');
  if (!title) return undefined;
  const tokens = markdown.parse(body, {});
  reportImagesFromElsewhere(tokens, bodyLine, file, diagnostics);
  return {
    key: `${boardId}/reports/${slug}`,
    boardId,
    slug,
    title,
    type,
    period: {
      ...optional('from', period?.date('from')),
      ...optional('to', period?.date('to')),
      ...optional('label', period?.text('label')),
    },
    ...optional('date', date),
    html: markdown.renderer.render(tokens, markdown.options, {}),
    text: plainText(tokens),
    source,
    file,
  };
}
