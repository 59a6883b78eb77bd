/**
 * What minutes print in the Action column that is no one's action: the
 * meeting's note on a letter or statement, "Noted" (Welsh "Nodwyd"),
 * "Received" ("Derbyniwyd"). It stays in the text it was printed beside.
 */
const MEETING_NOTE = /^(?:Noted|Nodwyd|Received|Derbyniwyd)\.?$/i;

export const isMeetingNote = (text: string) => MEETING_NOTE.test(text.trim());
