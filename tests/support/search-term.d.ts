// The search page's own script module has no types of its own.
declare module '*/assets/search-term.js' {
  export function searchTerm(q: string): string | null;
}
