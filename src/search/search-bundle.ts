/** The folder of the site that holds Pagefind's bundle: the index and its script. */
export const SEARCH_BUNDLE_FOLDER = 'pagefind';
