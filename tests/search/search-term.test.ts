import { describe, expect, it } from 'vitest';
import { searchTerm } from '../../_includes/assets/search-term.js';

describe('what the search page asks Pagefind for', () => {
  it('leaves out the words nearly every page has, which narrow nothing and cost the most bytes', () => {
    expect(searchTerm('damp and mould')).toBe('damp mould');
    expect(searchTerm('The Children and Young People of Halton')).toBe('Children Young People Halton');
    expect(searchTerm('flood risk')).toBe('flood risk');
  });

  it('keeps a phrase in quotes as the reader wrote it', () => {
    expect(searchTerm('"damp and mould" in the flat')).toBe('"damp and mould" flat');
  });

  it('keeps the query whole when it is nothing but common words', () => {
    expect(searchTerm('to be or')).toBe('to be or');
  });

  it('asks for nothing when nothing was typed', () => {
    expect(searchTerm('')).toBeNull();
  });
});
