// Eleventy ships no type declarations; the build scripts use only this much of it.
declare module '@11ty/eleventy' {
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: { configPath?: string; quietMode?: boolean; runMode?: 'build' | 'watch' | 'serve' });
    init(): Promise<void>;
    write(): Promise<unknown>;
    watch(): Promise<void>;
    serve(port?: number): void;
  }
}
