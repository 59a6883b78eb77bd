// Where the search page finds what the build writes for it: the same addresses for the page, the index and the writer.

/** The folder of the site that holds Pagefind's bundle: the index and its script. */
export const SEARCH_BUNDLE_FOLDER = 'pagefind';

/** Where the build writes the words of the archive, which the search page reads only when a search finds nothing. */
export const VOCABULARY_PATH = '/search/words.json';
