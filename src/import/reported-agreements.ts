/**
 * An agreement the minutes put in someone's account rather than record in their own voice: "It was noted by the
 * Leas Cathaoirleach that it was agreed that the current arrangement … would stand", "The Clerk reported that it
 * was agreed to …", "Members were reminded that it had been agreed …". What a speaker noted, reported, explained or
 * recalled is an agreement already made, not a decision of this meeting, so it is not doubted as one.
 *
 * Still doubted: an agreement someone "confirmed", "announced" or "summarised" (a chair may sum up what the meeting
 * has just decided); one that names this meeting ("at this meeting", "tonight", "today"); one joined by "and" and not
 * by "that" ("It was noted that the hedge was cut and it was agreed to …" is the meeting's own); and any other word
 * of deciding in the paragraph, which is looked at as before.
 */
const REPORTED_AGREEMENT =
  /\b(?:noted|reported|explained|advised|informed|stated|said|reminded|recalled|mentioned|clarified|pointed\s+out)(?:\s+(?!(?:that|and|but|it)\b)[\p{L}'’.]+){0,6}?\s+that\s+(it\s+(?:was|had\s+been)\s+(?:(?:previously|already)\s+)?agreed)\b/giu;

/** Words after the agreement, to the end of its sentence, that make it this meeting's. */
const THIS_MEETING = /\b(?:this\s+meeting|tonight|today|this\s+evening)\b/i;

/**
 * The text with the words of each reported agreement ("it was agreed") blanked out, every other character in its
 * place, so that what is looked for in it is found where it stands in the text.
 */
export function withoutReportedAgreements(text: string): string {
  return text.replace(REPORTED_AGREEMENT, (whole: string, agreement: string, at: number) => {
    const sentence = /^[^.;]*/.exec(text.slice(at))![0];
    if (THIS_MEETING.test(sentence)) return whole;
    return whole.slice(0, whole.length - agreement.length) + ' '.repeat(agreement.length);
  });
}
