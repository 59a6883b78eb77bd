import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../../src/paths.ts';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../src/site/security.ts';

const read = (file: string) => readFileSync(path.join(projectRoot, file), 'utf8');

describe('the deployment configurations', () => {
  it('all send the policy the site is built to satisfy, as docs/deploying.md gives it', () => {
    for (const file of ['docs/deploying.md', 'deploy/nginx.conf', 'deploy/_headers', 'deploy/apache.htaccess']) {
      expect(read(file), file).toContain(CONTENT_SECURITY_POLICY_HEADER);
    }
  });

  it("keep Pagefind's hashed index chunks for a year and check everything else again", () => {
    const headers = read('deploy/_headers');
    for (const folder of ['fragment', 'index', 'filter']) {
      expect(headers).toMatch(
        new RegExp(`^/pagefind/${folder}/\\*\\n  Cache-Control: public, max-age=31536000, immutable$`, 'm'),
      );
    }
    expect(headers).toMatch(/^\/\*\n(?: {2}.*\n)*? {2}Cache-Control: no-cache$/m);
    expect(read('deploy/nginx.conf')).toContain(
      '"~^/minutes/pagefind/.+\\.pf_[a-z]+$"   "public, max-age=31536000, immutable"',
    );
  });
});

describe('the GitHub Actions workflow', () => {
  interface Step {
    uses?: string;
    run?: string;
    with?: Record<string, unknown>;
    env?: Record<string, string>;
    if?: string;
  }
  interface Job {
    steps: Step[];
    if?: string;
    needs?: string;
    permissions?: Record<string, string>;
  }
  const workflow = parse(read('.github/workflows/publish.yml')) as {
    on: Record<string, unknown>;
    jobs: Record<string, Job>;
  };
  const build = workflow.jobs['build']!;
  const deploy = workflow.jobs['deploy']!;
  const index = (test: (s: Step) => boolean) => build.steps.findIndex(test);

  it('checks with GitHub annotations, tests and builds, in that order, on pushes and pull requests', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    const check = index((s) => s.run === 'npm run check -- --format github');
    const test = index((s) => s.run === 'npm test');
    const buildStep = index((s) => s.run === 'npm run build');
    expect(check).toBeGreaterThan(index((s) => s.run === 'npm ci'));
    expect(test).toBeGreaterThan(check);
    expect(buildStep).toBeGreaterThan(test);
  });

  it('fetches the whole history, so pages can show when minutes were published and corrected', () => {
    expect(build.steps.find((s) => s.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0);
  });

  it("builds under the folder Pages serves, falling back to the repository's name", () => {
    const prefix = build.steps.find((s) => s.run === 'npm run build')?.env?.['MINUTE_BOOK_PATH_PREFIX'];
    expect(prefix).toContain('steps.pages.outputs.base_path');
    expect(prefix).toContain('github.event.repository.name');
    expect(build.steps.some((s) => s.uses?.startsWith('actions/configure-pages@'))).toBe(true);
  });

  it('publishes _site from main only, with the permissions deploy-pages needs', () => {
    const upload = build.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with?.['path']).toBe('_site');
    expect(upload?.if).toContain("github.ref == 'refs/heads/main'");
    expect(deploy.needs).toBe('build');
    expect(deploy.if).toContain("github.ref == 'refs/heads/main'");
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });
});
