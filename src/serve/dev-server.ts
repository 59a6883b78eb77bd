import { typeScriptWorker } from '../threads/typescript-worker.ts';

export interface DevServerOptions {
  /** The site's folder. */
  folder: string;
  port: number;
  pathPrefix: string;
  /** The address to listen on: 127.0.0.1, this machine only, unless the clerk opens it to the network (0.0.0.0). */
  host: string;
  /** The check's problems to show on every page until a build succeeds (see problem-banner.ts). */
  problems?: string;
}

export type DevServerMessage = 'reload' | 'listening' | { problems: string | undefined };

export interface DevServer {
  /** Tells every browser showing the site to load its page again. */
  reload(): void;
  /** Shows the check's problems at the top of every page, or (undefined) no longer. */
  showProblems(problems: string | undefined): void;
  close(): Promise<void>;
}

/**
 * Serves the site's folder on localhost for `npm start`, through Eleventy's
 * development server, in a thread of its own: building the site again keeps
 * the main thread busy for seconds at a time at 10,000 meetings, and the
 * reader's browser must still be answered at once when told to reload.
 */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const worker = typeScriptWorker(new URL('./dev-server-thread.ts', import.meta.url), { workerData: options });
  await new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the server stopped (exit code ${code})`)));
    worker.once('message', (message: DevServerMessage) => {
      if (message === 'listening') resolve();
    });
  });
  return {
    reload: () => worker.postMessage('reload' satisfies DevServerMessage),
    showProblems: (problems) => worker.postMessage({ problems } satisfies DevServerMessage),
    close: async () => {
      await worker.terminate();
    },
  };
}
