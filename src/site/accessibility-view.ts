import type { AccessibilityStatement } from '../model/types.ts';
import { longDate } from '../text/dates.ts';
import type { Page, ViewContext } from '../pages/page.ts';
import { Urls } from '../pages/urls.ts';
import { SiteAddress } from '../pages/site-address.ts';
import { contactWays } from './contact.ts';

/**
 * The accessibility statement, with the sections the model statement for the
 * Public Sector Bodies Accessibility Regulations 2018 asks for.
 */
export interface AccessibilityView {
  authority: string;
  siteAddress: string;
  compliance: AccessibilityStatement['compliance'];
  problems: string[];
  report: Array<{ label: string; value: string; href?: string }>;
  enforcement: { body: string; abbreviation: string; advice: { name: string; href: string } };
  /** Dates as words, with their ISO form for `<time datetime>`. */
  prepared?: { label: string; iso: string };
  reviewed?: { label: string; iso: string };
  tested?: { label: string; iso: string };
  testedBy?: string;
}

export const ACCESSIBILITY_PATH = '/accessibility/';

const ENFORCEMENT = {
  ehrc: {
    body: 'The Equality and Human Rights Commission',
    abbreviation: 'EHRC',
    advice: { name: 'Equality Advisory and Support Service (EASS)', href: 'https://www.equalityadvisoryservice.com/' },
  },
  ecni: {
    body: 'The Equality Commission for Northern Ireland',
    abbreviation: 'ECNI',
    advice: { name: 'Equality Commission for Northern Ireland (ECNI)', href: 'https://www.equalityni.org/Home' },
  },
} as const;

export function accessibilityPage(context: ViewContext): Page<'accessibility', AccessibilityView> {
  const { site } = context.archive;
  const statement = site.accessibility;
  const { contact } = statement;
  const siteAddress = new SiteAddress(site.baseUrl, context.urls).url(Urls.home);
  const when = (iso: string | undefined) => (iso ? { label: longDate(iso), iso } : undefined);
  const report = contactWays(contact);
  const view: AccessibilityView = {
    authority: site.authority,
    siteAddress,
    compliance: statement.compliance,
    problems: statement.problems,
    report,
    enforcement: ENFORCEMENT[statement.enforcement],
    ...defined('prepared', when(statement.prepared)),
    ...defined('reviewed', when(statement.reviewed)),
    ...defined('tested', when(statement.tested)),
    ...defined('testedBy', statement.testedBy),
  };
  return {
    kind: 'accessibility',
    outputPath: Urls.outputPath(ACCESSIBILITY_PATH),
    frame: {
      title: 'Accessibility statement',
      description: `How accessible the minutes of ${site.authority} are, and how to report a problem.`,
      path: ACCESSIBILITY_PATH,
      breadcrumbs: [
        { label: 'Home', href: context.href(Urls.home) },
        { label: 'Accessibility statement', href: context.href(ACCESSIBILITY_PATH) },
      ],
      alternates: [],
    },
    view,
  };
}

function defined<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
