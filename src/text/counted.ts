/** A number with its noun, in the singular for one: "1 file", "7 files", "3 boxes" (with `many`). */
export function counted(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
