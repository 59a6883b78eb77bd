// Eleventy and its development server ship no type declarations; the build and npm start use only this much of them.
declare module '@11ty/eleventy' {
  /** The configuration API Eleventy hands to a configuration function (src/build/eleventy-pages.ts uses this much). */
  export interface EleventyConfig {
    on(event: 'eleventy.before', listener: () => void): void;
    addGlobalData(name: string, value: () => unknown): void;
    addTemplate(
      virtualPath: string,
      template: { data: Record<string, unknown>; render: (data: never) => string },
    ): void;
    addPassthroughCopy(copies: Record<string, string>): void;
    setTemplateFormats(formats: string[]): void;
    ignores: Set<string>;
    setQuietMode(quiet: boolean): void;
    setDataFileSuffixes(suffixes: string[]): void;
    setIncludesDirectory(folder: string): void;
    setDataDirectory(folder: string): void;
  }

  export default class Eleventy {
    constructor(
      input?: string,
      output?: string,
      options?: {
        /** The configuration file; false reads none. */
        configPath?: string | false;
        /** A configuration function, run after the file's (Eleventy's programmatic API). */
        config?: (eleventyConfig: EleventyConfig) => void;
        quietMode?: boolean;
        runMode?: 'build' | 'watch' | 'serve';
      },
    );
    write(): Promise<unknown>;
  }
}

declare module '@11ty/eleventy-dev-server' {
  export default class EleventyDevServer {
    static getServer(
      name: string,
      dir: string,
      options?: {
        pathPrefix?: string;
        domDiff?: boolean;
        /** Run before the server's own handling, each calling `next` to pass the request on. */
        middleware?: Array<
          (
            request: import('node:http').IncomingMessage,
            response: import('node:http').ServerResponse,
            next: () => void,
          ) => void
        >;
        /** What to print when it starts listening; false prints nothing. */
        messageOnStart?: () => string | false;
      },
    ): EleventyDevServer;
    serve(port: number): void;
    /** Resolves once the server listens. */
    ready(): Promise<void>;
    /** Tells every browser showing the site to load its page again. */
    reload(): void;
    close(): Promise<void>;
  }
}
