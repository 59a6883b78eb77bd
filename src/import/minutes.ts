import type { Doubt } from './doubts.ts';
import type { Ledger } from './ledger.ts';

/** The shapes of copied text, which --shape can name; a saved HTML page is known by its name or its markup. */
export const SHAPES = ['moderngov-page', 'moderngov-table', 'moderngov-item', 'pdf-text', 'markdown'] as const;
export type Shape = (typeof SHAPES)[number] | 'html-page';

export const SHAPE_DESCRIPTIONS: Record<Shape, string> = {
  'moderngov-page': 'a ModernGov "Agenda and minutes" web page copied as text',
  'moderngov-table': 'the same page copied with its table layout ("No. | Item |" rows)',
  'moderngov-item': 'a ModernGov single "Agenda item" page',
  'pdf-text': 'the signed PDF minutes, or text copied or extracted from them',
  'html-page': 'a meeting page saved from the browser as HTML (File > Save page as, HTML only)',
  markdown: "a website post's Markdown, as the site keeps it: a .md file, or text with the post's front matter",
};

/** A paragraph or a bullet list of an item's body, or the owner of an action printed beside the block before it. */
export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'action'; owner: string }
  /** A table printed in the minutes, read by its columns: its header row where it has one, then its rows' cells. */
  | { kind: 'table'; header?: string[]; rows: string[][] };

export interface ImportedItem {
  number?: string;
  title?: string;
  blocks: Block[];
  /** The source gave only the start of the item. */
  cutShort: boolean;
  /** Who acts on the item's decisions (the PDF's Action column). */
  actions: string[];
  /** The source line of its heading. */
  line?: number;
  /** The source set the heading apart (in bold, or its number alone above it): a full stop at its end is the title's. */
  setApart?: boolean;
  /** An item without a number whose heading is written as the item before's title is (its number or title). */
  parallelOf?: string;
  /** The title was cut, at a dash, from the sentence that leads into the item's list ("Planning - the following …:"), its first paragraph. */
  leadIn?: true;
  /** Unnumbered, its heading is set in the type of the numbered items' headings (a PDF's font and size). */
  setAsNumbered?: boolean;
  /** Printed without a number where the items' numbering leaves a place for it ("Apologies - None" before 16.07.2). */
  inPlaceOfNumber?: true;
}

export interface ImportedPerson {
  name: string;
  role?: string;
  note?: string;
}

export interface ImportedAttendance {
  present?: ImportedPerson[];
  apologies?: ImportedPerson[];
  absent?: ImportedPerson[];
  councilBusiness?: ImportedPerson[];
  substitutes?: ImportedPerson[];
  officers?: ImportedPerson[];
  others?: ImportedPerson[];
}

export interface ImportedDeclaration {
  who: string;
  item?: string;
  kind?: string;
  reason?: string;
}

export interface ImportedDocument {
  title: string;
  item?: string;
  size?: string;
  /** Its address, where the source gives it whole (a saved page's link, with the page's own address). */
  link?: string;
}

/** What a parser read from one source, in any shape: the common structure the writer works from. */
export interface ImportedMinutes {
  shape: Shape;
  /** The board's name as the text gives it. */
  boardName?: string;
  date?: string;
  /** The item's number when a single item page gives it apart from the title ("(Item 25.)"). */
  itemNumber?: string;
  start?: string;
  end?: string;
  venue?: string;
  contact?: string;
  /** The address the source was published at, where it says so (a page saved from the browser). */
  sourceLink?: string;
  attendance: ImportedAttendance;
  declarations: ImportedDeclaration[];
  documents: ImportedDocument[];
  preamble: Block[];
  items: ImportedItem[];
  ledger: Ledger;
  /** What the parser itself could not read with certainty (more are found in what it read: doubts.ts). */
  doubts?: Doubt[];
}

/** Minutes with nothing read yet, for a parser to fill in. */
export function emptyMinutes(shape: Shape, ledger: Ledger): ImportedMinutes {
  return { shape, attendance: {}, declarations: [], documents: [], preamble: [], items: [], ledger };
}
