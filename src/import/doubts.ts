import { firstDatedItemMissing, staleDatePart } from './out-of-step-headings.ts';
import { closingItemTitle } from './closing-items.ts';
import { type DecisionHead, readDecisionHead } from '../load/decision-forms.ts';
import { DECIDING_VERB, decisionsInTable } from './table-decisions.ts';
import { headingInBody, isTitleWithItsOnlyText } from './hidden-headings.ts';
import type { Block, ImportedMinutes, ImportedPerson } from './minutes.ts';
import { ADVERB, MEMBERS } from './narrative-decisions.ts';
import { NO_NAME, roleIsAName } from './officials.ts';
import { withoutReportedAgreements } from './reported-agreements.ts';
import { presentTwice } from './twice-present.ts';
import type { SourceLine } from './source-file.ts';
import { minuteInsideText, skippedNumberInText, unreadYearlyMinute } from './unread-minutes.ts';

/** Something the importer read but cannot vouch for: where, what, and what the clerk should do. */
export interface Doubt {
  /** The line of the source (of a PDF's text, or of a page's text, as the report numbers them). */
  line: number;
  what: string;
  todo: string;
}

/**
 * The members, all of them, deciding in the minutes' own sentence: "After discussion, the Councillors resolved
 * to adopt the seat", "All Councillors agreed that …", "All agreed this was a true record", "Members agreed
 * to …". Not one councillor's undertaking ("Councillor Healey agreed to …"), nor some members' view ("Some
 * members agreed that …"), nor agreement with a speaker ("Members agreed with the Chair"), nor what another
 * meeting agreed ("At that meeting, Members agreed to refer …"). A dash leads in as a full stop does ("Internal
 * Audit - All Councillors agreed that …"), and so does a capital "All", "The" or "Councillors" after a word, where
 * lines printed without full stops ran together ("… Code of Conduct The Councillors resolved all satisfactory", "…
 * from The Village Bus Councillors resolved to donate £65"; or other councillors: "County Councillors agreed"). Written without
 * the i flag, as DECISION_WORD joins the sources of its alternatives.
 */
const COUNCILLORS_AGREED = new RegExp(
  String.raw`(?:^|[.;:]\s+|(?<!\b(?:that|last|previous|earlier|its) meeting),\s+|\b(?:[Aa]nd|[Dd]iscussion|[Dd]eliberation)\s+|\s[-–—]\s+|(?<=[A-Za-z0-9)])\s+(?=(?:All|The)\s+(?:the\s+)?(?:Councillors|Members)\s)|(?<=\b[A-Z][A-Za-z]*)\s+(?=(?:Councillors|Members)\s))` +
    // The members and the words between them and the verb, as narrative-decisions.ts reads them.
    String.raw`${MEMBERS}\s+${ADVERB}(?:resolved|agreed|decided)\b(?!\s+with\b)`,
);

/**
 * "It was resolved …" or "It was decided …" opening a later sentence of a paragraph ("… This does not include
 * erection of the posts. It was resolved to continue and order the posts."): unlike "It was agreed …", which
 * minutes use for a view the meeting shared, these words record a decision.
 */
const RESOLVED_IN_PARAGRAPH =
  /[.!?]["”’)]*\s+It was\s+(?:(?:also|further|therefore|then|unanimously)\s+)?(?:resolved|decided)\b/;

/**
 * A word that says a decision was made, in a paragraph the importer did not mark as one. Each alternative is
 * a way minutes write one that the importer may not have read:
 * - a paragraph that opens with the word, perhaps after the number of the minute it follows up ("4.4.11i) It
 *   was agreed that …");
 * - RESOLVED or AGREED in capitals anywhere;
 * - a motion carried ("… proposed by …, seconded by … and agreed that …", "This was seconded by … and agreed.");
 * - the word inside a sentence ("…, and it was agreed (i) that …", "it was agreed by all the Members that …",
 *   "It was noted … that it was agreed that …"), which the importer reads only after a clear lead-in
 *   (sentence-decisions.ts);
 * - agreement to what the sentence has just said ("The Engineer agreed that …, and this was agreed by the
 *   councillors."): the decision is the clause before, which no mark can set apart;
 * - a decision announced for what follows ("The following was unanimously agreed:"), and "And Resolved";
 * - the members as a body deciding in a sentence of their own ("the Councillors resolved to …", "All agreed
 *   …"; COUNCILLORS_AGREED), and "It was resolved …" opening a later sentence (RESOLVED_IN_PARAGRAPH).
 * - a later sentence of a paragraph that opens with the word and no subject ("… had been dissolved. Agreed that
 *   BCC would fund …"), as resolutions are written, or with "It" for its subject ("It agreed to review …").
 * "It was agreed that …" opening a later sentence of a paragraph of discussion, and "This was agreed by the
 * panel." as a sentence of its own, are left alone: minutes use them for a view the meeting shared as often
 * as for a decision.
 */
const DECISION_WORD = new RegExp(
  [
    /^(?:(?:\S{1,6}|[\d.]{1,16}[ivx]{0,5}\))\s+)?(?:It was\s+(?:\w+\s+){0,2}(?:resolved|agreed|decided)\b|(?:Resolved|Agreed|Decided)\b)/
      .source,
    /\bRESOLVED\b|\bAGREED\b/.source,
    /\b(?:proposed|moved) by\b[^:]{1,200}?\b(?:agreed|resolved)\s+(?:that|to)\b/.source,
    /\bseconded by [^.;]{1,120}?,? (?:and|it was) (?:unanimously\s+)?(?:agreed|resolved|carried)\b/.source,
    /\b(?:it|this) was (?:\w+\s+){0,2}?(?:agreed|resolved|decided)\b(?:\s+by\s[^.;]{1,60}?)?\s+(?:\([ivx\d]{1,4}\)\s+)?(?:that|to)\b/
      .source,
    /\band this was (?:\w+\s+)?agreed\b/.source,
    /\b(?:was|were)\s+(?:(?:unanimously|duly)\s+)?(?:agreed|resolved|decided)\s*:/.source,
    /\b[Aa]nd [Rr]esolved\b/.source,
    COUNCILLORS_AGREED.source,
    RESOLVED_IN_PARAGRAPH.source,
    /[.!?]\s+(?:Agreed|Resolved|Decided)\s+(?:that|to)\b/.source,
    // "… next year. It agreed to review …": the council written "It", or a slip for "It was agreed": which body
    // decided, and whether it did, only the clerk can say.
    /[.!?]["”’)]*\s+It\s+(?:(?:also|further|then|therefore|unanimously)\s+)?(?:agreed|resolved|decided)\s+(?:that|to)\b/
      .source,
    // "After discussion it was agreed Councillor Moran will call in …": what was agreed, written with no "that".
    // So is "… it was agreed by all Councillors this was not a viable project".
    /\b[Ii]t was\s+(?:(?:also|further|then|therefore|unanimously)\s+)?(?:agreed|resolved|decided)\s+(?:(?=[A-Z])|by\s+(?:all\s+)?(?:the\s+)?(?:[Cc]ouncillors|[Mm]embers)\s+(?!that\b|to\b))/
      .source,
    // "In was decided to …" (a slip of the pen for "It was"): no view is "decided", whatever leads in to it.
    /\bwas\s+(?:(?:unanimously|also|further)\s+)?decided\s+(?:that|to)\b/.source,
  ].join('|'),
);
/**
 * "The following was agreed:" announces a list, and the archive takes the list after it as the decision;
 * followed by a paragraph instead, the decision may be that paragraph, or several, or none.
 */
function announcesMissingList(head: DecisionHead, next: Block | undefined): boolean {
  // "Committee resolved to:" with no points after it (blocks.ts joins the points that follow): the decision is "to:".
  if (/^(?:to|that)\s*:$/i.test(head.rest)) return true;
  return head.form === 'The following was agreed:' && head.rest === '' && next?.kind !== 'list';
}

/** A post's word at the end of a "name" ("An Cathaoirleach", "Executive Engineer"): a post was read as a person. */
const POST_WORD =
  /\b(?:Cathaoirleach|Chair|Chairman|Chairperson|Clerk|Director|Officer|Engineer|Administrator|Manager|Secretary|Treasurer|Superintendent|Inspector|Sergeant)\.?$/i;
/** An officer's post between the words of a name: "C Mount Clerk E Owen". */
const POST_BETWEEN_NAMES = /\S\s+(?:Clerk|RFO)\s+\p{Lu}/u;
const NAME_PARTICLES = new Set([
  'de',
  'van',
  'von',
  'der',
  'la',
  'le',
  'du',
  'da',
  'di',
  'ap',
  'ab',
  'bin',
  'al',
  'and',
]);

/**
 * The doubts any source can leave, found in what was read: items whose
 * numbers do not follow one another or that have none among numbered items,
 * titles that read like sentences, decision words in paragraphs that were
 * not read as decisions, names that do not look like names, no list of
 * those present. Each is a place where a confident file could be wrong.
 */
export function findDoubts(
  minutes: ImportedMinutes,
  lineOfItem: (index: number) => number,
  sourceText: string,
  lines: readonly SourceLine[] = [],
): Doubt[] {
  const doubts: Doubt[] = [];
  const numbered = minutes.items.filter((i) => i.number !== undefined).length;
  const unnumbered = minutes.items.length - numbered;
  let previous: { key: number[]; number: string } | undefined;
  const seen = new Set<string>();
  minutes.items.forEach((item, index) => {
    const line = lineOfItem(index);
    const name = item.number ? `item ${item.number}` : `the item "${(item.title ?? '').slice(0, 60)}"`;
    // The first item has no item before it to be part of: unnumbered and holding a resolution ("Election of Chair"),
    // headed in the numbered items' type ("Richard Noble", a tribute), or standing where the numbers leave a place
    // for it ("Apologies - None" above 16.07.2), it is an item of its own.
    const firstOfItsOwn =
      index === 0 &&
      (item.setAsNumbered ||
        item.inPlaceOfNumber ||
        item.blocks.some((b) => b.kind === 'paragraph' && /^(?:\(?\d{1,2}[.)]\s+)?(?:RESOLVED|AGREED)\b/.test(b.text)));
    // Nor is one whose heading is written as the item before's title is: the agenda's next item (parallel-titles.ts).
    // Nor the last item, after every numbered one, named as minutes name their closing item ("Other matters").
    const closing =
      index === minutes.items.length - 1 &&
      index > 0 &&
      closingItemTitle(item.title ?? '') !== undefined &&
      minutes.items.slice(0, index).every((i) => i.number !== undefined);
    if (!item.number && numbered > unnumbered && !firstOfItsOwn && !item.parallelOf && !closing) {
      doubts.push({
        line,
        what: `${name} has no number, while ${numbered} other items have one`,
        todo: 'check whether it is an item of its own or part of the item before it, and correct its heading',
      });
    }
    if (item.number) {
      const key = numberKey(item.number);
      const norm = item.number.toLowerCase().replace(/\s+/g, '');
      const repeated = seen.has(norm);
      const before = minutes.items[index - 1];
      const backwards =
        previous !== undefined && key !== undefined && previous.key.length > 0 && compareKeys(key, previous.key) < 0;
      seen.add(norm);
      const lastRepeated = repeated && backwards && index === minutes.items.length - 1;
      if (lastRepeated) {
        // "3. DATE OF NEXT MEETING" after item 5: the last heading repeats an earlier number, a slip of the minutes.
        doubts.push(repeatedLastNumber(item, previous!.number, line));
      } else if (repeated && before?.number?.toLowerCase().replace(/\s+/g, '') === norm && /^\d+$/.test(norm))
        // Two headings of one number one after the other: the second is where the next number would be.
        doubts.push({
          line,
          what: `item ${item.number} comes twice, one heading after the other ("${(before.title ?? '').slice(0, 40)}", "${(item.title ?? '').slice(0, 40)}"): the second may be misprinted for ${Number(norm) + 1}, or be a numbered point of the first`,
          todo: 'check the signed minutes; the archive holds one item to a number, so give the item its own number in the source (its text can say how the minutes print it) and import it again',
        });
      else if (repeated)
        doubts.push({
          line,
          what: `item ${item.number} comes twice`,
          todo: 'check which is the item and which is a numbered point of the minutes, and correct the headings',
        });
      const fontOf = (at: number | undefined) => lines.find((l) => l.number === at)?.font;
      if (backwards && !lastRepeated && !staleDatePart(minutes.items, index, minutes.date, fontOf)) {
        doubts.push({
          line,
          what: `item ${item.number} comes after item ${previous!.number}: the numbers go backwards`,
          todo: 'check whether it is an item or a numbered point inside the item before it',
        });
      }
      if (key) previous = { key, number: item.number };
    }
    const title = item.title ?? '';
    if (title === '' && item.number)
      doubts.push({ line, what: `${name} has no title`, todo: 'give it the title the minutes print' });
    else if (
      title.length > 250 ||
      /^[a-z]/.test(title) ||
      (/[.;,]$/.test(title) &&
        !/\b(?:etc|Ltd|No|St)\.$/.test(title) &&
        !isTitleWithItsOnlyText(title, item.blocks) &&
        !(item.setApart && title.endsWith('.')))
    ) {
      doubts.push({
        line,
        what: `the title of ${name} reads like a sentence ("${title.slice(0, 70)}${title.length > 70 ? '…' : ''}")`,
        todo: 'check where the title ends and the minutes begin',
      });
    }
    const runOn = titleRunsOn(item);
    if (runOn)
      doubts.push({
        line,
        what: `the text of ${name} starts in lower case ("${runOn.slice(0, 60)}"): its title may be the first line of a sentence that goes on there`,
        todo: 'check where the title ends and the minutes begin, and put the title on a line of its own',
      });
    const hidden = headingInBody(item);
    if (hidden)
      doubts.push({
        line,
        what: `${name} has a paragraph that starts as the heading of the next item would ("${hidden.slice(0, 60)}")`,
        todo: 'check whether it is an item of its own, and if so put an empty line before its heading',
      });
    for (const [at, block] of item.blocks.entries()) {
      const [cell, ...more] = decisionsInTable(block);
      if (cell) {
        const others = more.length > 0 ? ` and ${more.length} more of its cells` : '';
        doubts.push({
          line: lineOfWords(lines, line, cell, cell.search(DECIDING_VERB)),
          what: `${name} has a table whose cell may hold a decision the importer did not mark ("${excerpt(cell, DECIDING_VERB)}")${others}; the archive reads decisions from paragraphs, not from a table's cells`,
          todo: 'for each one that records a decision of this meeting, write it after the table as a paragraph of its own that starts with "RESOLVED:"; leave the others',
        });
        break;
      }
      if (block.kind !== 'paragraph') continue;
      // A decision the archive reads is marked; "And Resolved: …" looks like one but is not in a form it reads.
      const head = readDecisionHead(block.text, block.text);
      if (head && announcesMissingList(head, item.blocks[at + 1])) {
        doubts.push({
          line: lineOfWords(lines, line, block.text, 0),
          what: `${name} has "${block.text.slice(0, 60)}", but no list of what was agreed follows it`,
          todo: 'write what was agreed as a list right after that line, or as a paragraph that starts with "RESOLVED:"',
        });
        break;
      }
      if (head) continue;
      if (/^RECOMMENDED\b/i.test(block.text)) continue;
      // An agreement someone reported ("It was noted by the Chair that it was agreed …") is no decision to mark.
      const word = DECISION_WORD.exec(withoutReportedAgreements(block.text));
      if (word) {
        doubts.push({
          line: lineOfWords(lines, line, block.text, word.index),
          what: `${name} has a paragraph that may hold a decision the importer did not mark ("${excerptAt(block.text, word.index)}")`,
          todo: 'if it records a decision of this meeting, make the decision a paragraph of its own that starts with "RESOLVED:"; otherwise leave it',
        });
        break;
      }
    }
  });
  const unread = unreadYearlyMinute(minutes);
  if (unread)
    doubts.push({
      line: lineOfItem(0),
      what: `a paragraph starts with a minute's number the items do not have ("${unread.slice(0, 60)}"): its heading may have run into its text`,
      todo: 'if it is a minute, put its number and title on a line of their own, apart from its text, and import it again',
    });
  const inside = minuteInsideText(minutes);
  if (inside)
    doubts.push({
      line: lineOfItem(inside.item),
      what: `a minute's number the items skip is in the middle of a paragraph ("…${inside.words.trim()}…"): the minute may have run into the text of ${minutes.items[inside.item]!.number}`,
      todo: 'if it is a minute, put its number and title on a line of their own, after an empty line, and import it again',
    });
  for (const skipped of skippedNumberInText(minutes)) {
    const [from, to] = [minutes.items[skipped.item]!.number, minutes.items[skipped.item + 1]!.number];
    doubts.push({
      line: lineOfItem(skipped.item),
      what: skipped.inside
        ? `the items go from ${from} to ${to}, and the text of ${from} holds the number between, printed otherwise, with a title after it ("…${skipped.words}…"): it may be an item whose number was not read, its heading joined to the line above`
        : `the items go from ${from} to ${to}, and a paragraph of ${from} starts with the number between, printed otherwise ("${skipped.words}…"): it may be an item whose number was not read`,
      todo: 'if it is an item, write its number as the other items have it, on a line of its own with its title, and import it again',
    });
  }
  // Minutes say something under most items; titles alone are an agenda's ("1. Welcome", "2. Sederunt & apologies").
  const empty = minutes.items.filter((i) => i.blocks.length === 0 && !i.cutShort);
  if (minutes.items.length >= 3 && empty.length * 2 > minutes.items.length)
    doubts.push({
      line: lineOfItem(minutes.items.indexOf(empty[0]!)),
      what: `${empty.length} of the ${minutes.items.length} items have no text: the file may be the meeting's agenda, not its minutes`,
      todo: 'import the minutes of the meeting; if these are its minutes, check that no item’s text was lost',
    });
  const skipped = numberedBeforeFirstItem(minutes);
  if (skipped)
    doubts.push({
      line: lineOfItem(0),
      what: `the text before the first item has a paragraph numbered as an item before it would be ("${skipped.slice(0, 60)}"): the items before ${minutes.items[0]?.number ? `item ${minutes.items[0].number}` : 'the first'} may not have been read`,
      todo: 'if it is an item, put its number and title on a line of their own, apart from its text, and import it again',
    });
  // Before the first item: a decision there, or a heading, is an item the importer did not see; unless the
  // minutes say it was taken before the meeting's business began, in that paragraph or one above it.
  for (const block of paragraphsNotBeforeBusiness(minutes.preamble)) {
    if (DECISION_WORD.test(block.text) || /\b(?:resolved|agreed)\b/i.test(block.text)) {
      doubts.push({
        line: lineOfWords(lines, 1, block.text, block.text.search(/resolved|agreed/i), lineOfItem(0)),
        what: `the text before the first item holds a decision ("${excerpt(block.text, /resolved|agreed/i)}"): it may belong to an item the importer did not see`,
        todo: 'give it an item heading, or move it into the item it belongs to',
      });
      break;
    }
  }
  const { present = [], apologies = [], absent = [], substitutes = [] } = minutes.attendance;
  const people: ImportedPerson[] = [...present, ...apologies, ...absent, ...substitutes];
  // Minutes that say who was present, where no list was read (a web page of items often leaves attendance to another page).
  if (
    present.length === 0 &&
    /^\s*(?:\d{1,3}\.{1,2}\s*)?(?:\p{L}+\s+)?(?:Members\s+)?Present\b|\bwere present\b|^\s*Attendance\b/imu.test(
      sourceText,
    )
  ) {
    doubts.push({
      line: 1,
      what: 'no list of the members present was found',
      todo: 'add them under attendance: present:, from the minutes',
    });
  }
  const twice = presentTwice(present);
  if (twice)
    doubts.push({
      line: 1,
      what: `"${twice[0].slice(0, 60)}" and "${twice[1].slice(0, 60)}" were both read as present: they may be one member, named in full in one list (in the chair, say) and by initial in another`,
      todo: "check the attendance lists against the minutes: if they are one member, keep one entry (the chair's role on it, if so); if two, leave both",
    });
  for (const person of [...people, ...(minutes.attendance.officers ?? []), ...(minutes.attendance.others ?? [])]) {
    if (roleIsAName(person)) {
      doubts.push({
        line: 1,
        what: `"${person.name.slice(0, 60)}" was read as a name with "${person.role!.slice(0, 40)}" as its role, which reads as a name: the list may give posts with names in brackets`,
        todo: 'check the attendance lists against the minutes, and write each person as the name with the post as role',
      });
      break;
    }
  }
  for (const person of [...people, ...(minutes.attendance.officers ?? []), ...(minutes.attendance.others ?? [])]) {
    // "Executive Engineer, Clerical Officer, Newcastle West (Ms. A. Lenihan)": one of the two posts had no name after it.
    const posts = (person.role ?? '').split(',').filter((part) => POST_WORD.test(part.trim()));
    if (posts.length > 1) {
      doubts.push({
        line: 1,
        what: `"${person.name.slice(0, 60)}" was read with two posts as one role ("${person.role!.slice(0, 60)}"): the list may name a post whose holder's name is missing`,
        todo: 'check the attendance lists against the minutes: give each person only their own post; a post the minutes print without a name is an entry of its own under officers:, with the post as "name:" and "note: no name in the minutes"',
      });
      break;
    }
  }
  for (const person of [...people, ...(minutes.attendance.officers ?? [])]) {
    // Two words or more: "Clerk" alone names the post that attended, "Executive Engineer" reads as a person.
    if (POST_WORD.test(person.name) && /\s/.test(person.name.trim()) && person.note !== NO_NAME) {
      doubts.push({
        line: 1,
        what: `"${person.name.slice(0, 60)}" was read as a name in the attendance, but ends in a post's word`,
        todo: 'check the attendance lists against the minutes: write the person by name, with the post as role',
      });
      break;
    }
    // "C Mount Clerk E Owen": a member and the clerk after a tab, run together in text that lost the tab.
    if (POST_BETWEEN_NAMES.test(person.name)) {
      doubts.push({
        line: 1,
        what: `"${person.name.slice(0, 60)}" was read as a name in the attendance, but has an officer's post between its words: it may be two people run together`,
        todo: 'check the attendance lists against the minutes: write each person by name, an officer under officers: with the post as role',
      });
      break;
    }
  }
  // A name read into any list, those who attended without being members too, is not lost.
  const unnamedInApologies = apologiesNotRead(minutes, [
    ...people,
    ...(minutes.attendance.officers ?? []),
    ...(minutes.attendance.others ?? []),
  ]);
  if (unnamedInApologies)
    doubts.push({
      line: lineOfItem(unnamedInApologies.item),
      what: `a sentence about apologies names ${unnamedInApologies.names.join(', ')}, who ${unnamedInApologies.names.length > 1 ? 'are' : 'is'} in no list of the attendance read ("${unnamedInApologies.text.slice(0, 70)}${unnamedInApologies.text.length > 70 ? '…' : ''}")`,
      todo: 'add each to attendance: apologies: (or present:) as the minutes say',
    });
  const lateStart = firstDatedItemMissing(minutes.items, minutes.date);
  if (lateStart)
    doubts.push({
      line: lineOfItem(0),
      what: `the items are numbered by the meeting's year and month, which count from 1 at each meeting, but the first is ${lateStart}: an item before it may be printed without its number (as text above the items), or be missing`,
      todo: 'check the signed minutes: if an item stands before it unnumbered (an apologies line, say), import the draft with --accept-doubts and make it an item; if the minutes start at this number, accept the doubt',
    });
  const unreadApologies = apologiesItemUnread(minutes);
  if (unreadApologies)
    doubts.push({
      line: lineOfItem(unreadApologies.item),
      what: `${unreadApologies.name}, the apologies, gives "${unreadApologies.text.slice(0, 60)}", which was not read as a list of members' names, so the file lists no apologies`,
      todo: 'add the members who gave apologies under attendance: apologies: (a councillor of another council is no member: put them under others:), or leave the list empty if none did',
    });
  for (const person of [...(minutes.attendance.officers ?? []), ...(minutes.attendance.others ?? [])]) {
    // Officers and others may be posts or words ("Members of the public"), but not names run together.
    if (namesRunTogether(person.name))
      doubts.push({
        line: 1,
        what: `"${person.name.slice(0, 60)}" was read as one person in the attendance, but may be several names run together`,
        todo: 'check the attendance lists against the minutes: give each person an entry of their own',
      });
  }
  for (const person of people) {
    // "Councillors" read as a name: the word that closes a list of members, in a list not read as such.
    // "EDC", a council's initials read as a name: the mark of the councillor before it, where not read as such.
    if (
      !looksLikeAName(person.name) ||
      /^(?:Councillors|Members|Officers|Cllrs)$/i.test(person.name) ||
      /^\p{Lu}{2,4}C$/u.test(person.name)
    ) {
      doubts.push({
        line: 1,
        what: `"${person.name.slice(0, 60)}" was read as a name in the attendance, but does not look like one`,
        todo: 'check the attendance lists against the minutes',
      });
    }
  }
  return doubts;
}

/** "Prior to commencement of the Meeting …", "Before the start of the formal business …". */
const BEFORE_BUSINESS =
  /^(?:Prior to|Before)\s+(?:the\s+)?(?:commencement|start|opening|beginning)\s+of\s+(?:the\s+)?(?:formal\s+)?(?:meeting|business)\b/i;

/**
 * The paragraphs of the text before the first item, up to one that opens by saying it was before the meeting's
 * business began ("Prior to commencement of the Meeting and following discussion, it was agreed …"): from there
 * to the first item, the minutes say themselves that what they record belongs to no item. A paragraph there
 * that does not end as a sentence does (a heading) ends that run.
 */
function paragraphsNotBeforeBusiness(preamble: ImportedMinutes['preamble']): Array<{ text: string }> {
  const out: Array<{ text: string }> = [];
  let beforeBusiness = false;
  for (const block of preamble) {
    if (block.kind !== 'paragraph') continue;
    if (BEFORE_BUSINESS.test(block.text)) beforeBusiness = true;
    else if (!/[.!?:;]["'’”)]*$/.test(block.text)) beforeBusiness = false;
    if (!beforeBusiness) out.push(block);
  }
  return out;
}

/** "Ms Grehan", "Cllr. A. Thomas", "Councillor Jane Smith", "Cllrs. Pryce", "Cllr Lana Reid-McConnell": a member named with a title; the surname is the last word. */
const TITLED_MEMBER =
  /\b(?:Mr|Mrs|Ms|Miss|Dr|Cllrs?|Councillor)\.?\s+((?:\p{Lu}\.?\s+){0,3}\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}[\p{Ll}'’-]+)*(?:\s+\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}[\p{Ll}'’-]+)*)?)/gu;

/** "No apologies had been received", "There were no apologies for absence": a statement that names no one. */
const NO_APOLOGIES =
  /^(?:[Tt]here\s+were\s+)?[Nn][Oo]\s+(?:apologies|APOLOGIES)(?:\s+for\s+absence)?(?:\s+(?:had\s+been|have\s+been|were))?(?:\s+(?:received|given|tendered))?(?=\s*$|[.;]|\s+\p{Lu})/u;

/**
 * The part of a paragraph that may name apologies. A paragraph that opens
 * by saying there were none, with no "from" after it, names no one there;
 * what follows it, printed on the next line with no full stop between ("No
 * apologies had been received" / "NO thanked Cllr Epps …"), is another
 * sentence, about apologies only if it says so itself.
 */
function aboutApologies(paragraph: string): string {
  const none = NO_APOLOGIES.exec(paragraph.trim());
  return none ? paragraph.trim().slice(none[0].length) : paragraph;
}

/**
 * A sentence about apologies ("Ms Grehan had given her formal apologies but …") naming members whom no
 * attendance list holds: a name the file would lose. The first such paragraph, with its item's index.
 */
function apologiesNotRead(
  minutes: ImportedMinutes,
  people: ImportedPerson[],
): { item: number; names: string[]; text: string } | undefined {
  const surname = (name: string) => name.trim().split(/\s+/).at(-1)!.toLowerCase();
  const read = new Set(people.map((p) => surname(p.name)));
  const places = [
    ...minutes.preamble.map((block) => ({ item: 0, block })),
    ...minutes.items.flatMap((item, index) => item.blocks.map((block) => ({ item: index, block }))),
  ];
  for (const { item, block } of places) {
    if (block.kind !== 'paragraph' || !/\bapolog/i.test(aboutApologies(block.text))) continue;
    const names = [...block.text.matchAll(TITLED_MEMBER)].map((m) => m[1]!).filter((n) => !read.has(surname(n)));
    if (names.length > 0) return { item, names: [...new Set(names)], text: block.text };
  }
  return undefined;
}

/** An item's title that says it records the apologies: "Apologies", "Apologies for Absence", "To receive apologies". */
const APOLOGIES_ITEM = /^(?:To\s+receive\s+(?:and\s+accept\s+)?)?apologies(?:\s+for\s+absence)?(?:\s+received)?\.?$/i;
/** A word of a bare list of names: capitalised, an initial, a body's letters ("EDC"), "and" or "&", perhaps with a comma. */
const LIST_WORD = /^(?:\p{Lu}[\p{L}'’.()-]*|and|&),?$/u;
/** The text of an apologies item that names no one: "None", "Nil", "None received", "No apologies". */
const NO_ONE = /^(?:none|nil|n\/a|no\s+apologies\b|there\s+were\s+no\b)/i;

/**
 * "18.11.1 Apologies" over "A Armstrong EDC and M Armstrong": an item titled as the apologies whose text
 * is a bare list of names, where no apologies were read from it or anywhere else (names not marked as members'
 * are not read: some may be another council's councillors). The file would give no apologies
 * while the minutes record some.
 */
function apologiesItemUnread(minutes: ImportedMinutes): { item: number; name: string; text: string } | undefined {
  if ((minutes.attendance.apologies?.length ?? 0) > 0) return undefined;
  const index = minutes.items.findIndex((item) => APOLOGIES_ITEM.test((item.title ?? '').trim()));
  const item = minutes.items[index];
  const first = item?.blocks[0];
  if (!item || first?.kind !== 'paragraph') return undefined;
  const text = first.text.replace(/\s+/g, ' ').trim();
  // Only a bare list of names is taken so; a sentence about apologies is the other doubts' to weigh.
  if (
    NO_ONE.test(text) ||
    readWhole(text, minutes.attendance.others ?? []) ||
    !text
      .replace(/\.$/, '')
      .split(/\s+/)
      .every((word) => LIST_WORD.test(word))
  )
    return undefined;
  return { item: index, name: item.number ? `item ${item.number}` : `the item "${item.title}"`, text };
}

/**
 * "Alan Hart, EDC", read whole into the others (another council's councillor, other-councils.ts): every word of
 * the list is a name or a role read, and the joins between them.
 */
function readWhole(text: string, people: ImportedPerson[]): boolean {
  let rest = ` ${text.replace(/\.$/, '')} `;
  for (const person of people)
    for (const words of [person.name, person.role ?? ''])
      if (words !== '') rest = rest.replace(` ${words} `, '  ').replace(` ${words},`, '  ,').replace(`(${words})`, ' ');
  return people.length > 0 && /^(?:[\s,&]|\band\b)*$/.test(rest);
}

/**
 * The source line a paragraph's words at `at` stand on, looked for from line `from` (the item's heading):
 * first where the paragraph starts, then where those words are, so that a clerk is sent to the sentence
 * and not to the heading of a long item. Words may wrap from one line to the next. `otherwise` when the
 * paragraph is not found as it was read (a PDF's hyphenation, a page's markup).
 */
function lineOfWords(
  lines: readonly SourceLine[],
  from: number,
  paragraph: string,
  at: number,
  otherwise = from,
): number {
  const start = lineWhere(lines, from, paragraph);
  if (start === undefined) return otherwise;
  return lineWhere(lines, start, paragraph.slice(Math.max(0, at))) ?? start;
}

/** The first line, from line `from` on, where the first five words of `words` begin. */
function lineWhere(lines: readonly SourceLine[], from: number, words: string): number | undefined {
  const wanted = words.trim().split(/\s+/).slice(0, 5).filter(Boolean);
  if (wanted.length === 0) return undefined;
  const pattern = new RegExp(wanted.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
  const after = lines.filter((l) => l.number >= from);
  const text = after.map((l) => l.text).join('\n');
  const found = pattern.exec(text);
  if (!found) return undefined;
  return after[text.slice(0, found.index).split('\n').length - 1]?.number;
}

function excerpt(text: string, pattern: RegExp): string {
  return excerptAt(text, text.search(pattern));
}

/** The words around `at`, for a message. */
function excerptAt(text: string, at: number): string {
  const start = Math.max(0, at - 30);
  return `${start > 0 ? '…' : ''}${text.slice(start, at + 50)}…`;
}

/** A name is a few words, each starting with a capital or an initial, or a particle ("van", "de"). */
/** A title inside the words ("David Carlisle C/Cllr Epps"), or more capitalised words than one name has. */
const TITLE_WORD = /^(?:[A-Z]\/)?(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?$/;
function namesRunTogether(name: string): boolean {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length >= 3 && words.slice(1).some((w) => TITLE_WORD.test(w))) return true;
  return words.length > 5 && words.every((w) => /^\p{Lu}/u.test(w));
}

export function looksLikeAName(name: string): boolean {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 5) return false;
  return words.every(
    (w) => /^[\p{Lu}][\p{L}'’.-]*$/u.test(w) || NAME_PARTICLES.has(w.toLowerCase()) || /^[\p{Lu}]\.?$/u.test(w),
  );
}

/** "5(a)" → [5, 1]; "3.1" → [3, 1]; "CYP12" → [12]; "76/24" → [76]: for telling whether numbers go backwards. */
function numberKey(number: string): number[] | undefined {
  const yearly = /^(?:[A-Z]+\s?)?(\d+)\/\d+$/i.exec(number);
  if (yearly) return [Number(yearly[1])];
  const match = /^[A-Za-z ]*?(\d+)((?:\.\d+)*)(?:\(([a-z]|\d+)\))?([a-z])?$/i.exec(number.trim());
  if (!match) return undefined;
  const key = [Number(match[1])];
  for (const part of (match[2] ?? '').split('.').filter(Boolean)) key.push(Number(part));
  const sub = match[3] ?? match[4];
  if (sub) key.push(/\d/.test(sub) ? Number(sub) : sub.toLowerCase().charCodeAt(0) - 96);
  return key;
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The last item numbered as an earlier one ("3. DATE OF NEXT MEETING" after items 3, 4 and 5): one doubt that
 * says both. The archive holds one item to a number, so the clerk must choose; the importer does not guess the
 * number the minutes meant, nor fold the heading into the item before it.
 */
function repeatedLastNumber(item: ImportedMinutes['items'][number], previous: string, line: number): Doubt {
  const title = (item.title ?? '').slice(0, 60);
  const next = /^\d+$/.test(previous) ? String(Number(previous) + 1) : undefined;
  return {
    line,
    what: `the last item, "${title}", is numbered ${item.number} after item ${previous}, as an item before it already is: the minutes may have misnumbered it, or it may be a numbered point of item ${previous}`,
    todo: `the archive holds one item to a number: if it is an item of its own, give its heading the number its place gives${next ? ` (${next})` : ''} and say in its text that the minutes print ${item.number}; if it is a point of item ${previous}, make it a paragraph of that item`,
  };
}

/** How the doubts are kept in a draft's front matter: one line each. */
export function doubtLine(doubt: Doubt): string {
  return `source line ${doubt.line}: ${doubt.what}; ${doubt.todo}`;
}

/**
 * An item's text that starts in lower case goes on with a sentence its title
 * began: "5. Following this all Office Bearers stood down and all the
 * positions noted below were filled" / "unopposed". The title was only the
 * first line of a paragraph.
 */
function titleRunsOn(item: ImportedMinutes['items'][number]): string | undefined {
  const first = item.blocks[0];
  // A title that ends its sentence, or introduces what follows, has not run on; "i) …" and "a. …" are a list's marks.
  // Nor has one the source set apart (in bold, or in capitals): only a plain line can be a wrapped sentence's first.
  if (!item.title || /[.:;!?)]$/.test(item.title) || first?.kind !== 'paragraph') return undefined;
  if (item.setApart || item.leadIn || item.title === item.title.toUpperCase()) return undefined;
  return /^\p{Ll}\p{L}*(?=[\s,;]|$)/u.test(first.text) ? first.text : undefined;
}

/**
 * A paragraph before the first item that starts with a lower number than the
 * first item's, as an item would ("2. The minutes from the last AGM were
 * approved" before item 5): the items whose headings are sentences were not
 * read as items, and a file without them would lose them as items.
 */
function numberedBeforeFirstItem(minutes: ImportedMinutes): string | undefined {
  const first = Number(/^\d{1,3}$/.exec(minutes.items[0]?.number ?? '')?.[0] ?? NaN);
  if (!(first > 1)) return undefined;
  for (const block of minutes.preamble) {
    if (block.kind !== 'paragraph') continue;
    const number = /^(\d{1,3})\.{1,2}\s+\S/.exec(block.text);
    if (number && Number(number[1]) < first) return block.text;
  }
  return undefined;
}
