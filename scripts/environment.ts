// The settings a deployer or a CI may give in the environment rather than on a command line (README.md,
// docs/deploying.md). They are read here, in the command layer, and handed to src/ as plain values: nothing
// under src/ reads the environment for them.

/** What the environment says, each undefined when it says nothing. */
export const environment = {
  /** MINUTE_BOOK_ROOT: the archive to work on. */
  root: process.env.MINUTE_BOOK_ROOT,
  /** MINUTE_BOOK_CACHE: where parsed meetings are kept between builds. */
  cache: process.env.MINUTE_BOOK_CACHE,
  /** MINUTE_BOOK_SEARCH_CACHE: where the search indexes of closed years are kept. */
  searchCache: process.env.MINUTE_BOOK_SEARCH_CACHE,
  /** MINUTE_BOOK_PATH_PREFIX: the folder the site is published under. */
  pathPrefix: process.env.MINUTE_BOOK_PATH_PREFIX,
  /** MINUTE_BOOK_PROGRESS=1: say what a long command is doing, even when standard error is not a terminal. */
  progress: process.env.MINUTE_BOOK_PROGRESS === '1',
  /** MINUTE_BOOK_TIMINGS: a file where `npm run build` writes its phases' times, for the benchmark (npm run bench). */
  timings: process.env.MINUTE_BOOK_TIMINGS,
};
