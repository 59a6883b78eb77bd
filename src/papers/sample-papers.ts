import { textPdf, type TextBlock } from './text-pdf.ts';

/** A paper of the sample archive, made from a seed record. */
export interface SamplePaper {
  path: string;
  seed: string;
  bytes: Uint8Array;
}

/**
 * The sample archive's PDFs, remade from the text of the seed records (the
 * real PDFs are not among them): the signed minutes of 15 July 2024, from the
 * text extracted from their PDF, and the web page of the meeting of
 * 8 September 2025, as text. Each is set plainly with pdf-lib; the words are
 * the record's, the layout is not.
 */
export async function samplePapers(readSeed: (name: string) => string): Promise<SamplePaper[]> {
  const signed = '002_e312ee2690d8cbe4.txt';
  const page = '000_c9d01984250c9223.txt';
  return [
    {
      path: 'content/cyp/2024-07-15/signed-minutes.pdf',
      seed: signed,
      bytes: await textPdf(blocksOf(readSeed(signed), /^CYP\d+\s/), {
        title: 'Minutes of the meeting of 15 July 2024',
        date: '2024-07-15',
      }),
    },
    {
      path: 'content/cyp/2025-09-08/agenda-and-minutes.pdf',
      seed: page,
      bytes: await textPdf(blocksOf(readSeed(page), /^(?:Agenda and minutes|\d+\.)$/), {
        title: 'Agenda and minutes, 8 September 2025',
        date: '2025-09-08',
      }),
    },
  ];
}

/** Headings where `heading` matches a line (with the next line, for a numbered heading on a line of its own); paragraphs between blank lines or lines ending a sentence. */
function blocksOf(text: string, heading: RegExp): TextBlock[] {
  const blocks: TextBlock[] = [];
  let paragraph: string[] = [];
  const end = () => {
    const joined = paragraph.join(' ').replace(/\s+/g, ' ').trim();
    if (joined) blocks.push({ paragraph: joined });
    paragraph = [];
  };
  const lines = text.split('\n').map((line) => line.trim());
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (heading.test(line)) {
      end();
      // A number alone on its line heads the item whose title is the next line.
      const title = /^\d+\.$/.test(line) ? `${line} ${lines[++i] ?? ''}` : line;
      blocks.push({ heading: title.replace(/\s+pdf icon PDF \d+ [KM]B$/, '').trim() });
      continue;
    }
    if (line === '') {
      if (/[.:;]$/.test(paragraph.at(-1) ?? '.')) end();
      continue;
    }
    paragraph.push(line);
    if (/[.:]$/.test(line)) end();
  }
  end();
  return blocks;
}
