import { html, type SafeHtml } from '../src/pages/html.ts';
import type { AccessibilityView } from '../src/site/accessibility-view.ts';

/** The accessibility statement, in the order of the regulations' model statement. */
export function accessibility(a: AccessibilityView): SafeHtml {
  return html`<h1>Accessibility statement</h1>
<p class="lead">This statement applies to the minutes of ${a.authority} published at <a href="${a.siteAddress}">${a.siteAddress}</a>.</p>
<p>${a.authority} wants as many people as possible to be able to read these minutes. You should be able to:</p>
<ul>
<li>change colours, contrast levels and fonts using your browser or device settings</li>
<li>zoom in up to 400% without the text spilling off the screen</li>
<li>move through every page using just a keyboard</li>
<li>read every page with a screen reader</li>
<li>use the site in light or dark mode, and print any meeting's minutes</li>
</ul>
<p>The site uses no cookies, no scripts except on the search page, and no fonts, images or services from other websites.</p>

<h2>Compliance status</h2>
${
  a.compliance === 'fully'
    ? html`<p>This website is fully compliant with the <a href="https://www.w3.org/TR/WCAG22/">Web Content Accessibility Guidelines version 2.2</a> AA standard.</p>`
    : a.compliance === 'partially'
      ? html`<p>This website is partially compliant with the <a href="https://www.w3.org/TR/WCAG22/">Web Content Accessibility Guidelines version 2.2</a> AA standard, due to the non-compliances listed below.</p>`
      : html`<p>This website is not compliant with the <a href="https://www.w3.org/TR/WCAG22/">Web Content Accessibility Guidelines version 2.2</a> AA standard. The non-compliances are listed below.</p>`
}

<h2>Non-accessible content</h2>
${
  a.problems.length
    ? html`<p>The content listed below is not accessible, for the following reasons.</p>
<ul>
${a.problems.map(
  (p) => html`<li>${p}</li>
`,
)}</ul>`
    : html`<p>We know of no content on this website that is not accessible.</p>`
}

<h2>Reporting accessibility problems with this website</h2>
<p>If you find a problem that is not listed on this page, or you need the minutes in a different format, such as large print, easy read, audio or braille, contact us:</p>
${
  a.report.length
    ? html`<ul>
${a.report.map(
  (line) => html`<li>${line.label}: ${line.href ? html`<a href="${line.href}">${line.value}</a>` : line.value}</li>
`,
)}</ul>`
    : html`<p>Contact ${a.authority}.</p>`
}

<h2>Enforcement procedure</h2>
<p>${a.enforcement.body} (${a.enforcement.abbreviation}) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the ‘accessibility regulations’). If you’re not happy with how we respond to your complaint, contact the <a href="${a.enforcement.advice.href}">${a.enforcement.advice.name}</a>.</p>

<h2>How we tested this website</h2>
<p>Every page of this website is checked automatically each time it is built, by the software that builds it:</p>
<ul>
<li>with axe-core, against the WCAG 2.2 level A and AA rules, in the Chromium browser, at 1280 and 320 pixels wide, in light and dark colour schemes</li>
<li>with html-validate, for valid and well-structured HTML</li>
<li>by moving through a meeting's minutes with the keyboard alone, checking that every link can be reached in order and shows where the focus is</li>
<li>for pages that need sideways scrolling at 320 pixels wide, and for requests to other websites</li>
</ul>
${a.tested ? html`<p>The website was last tested on <time datetime="${a.tested.iso}">${a.tested.label}</time>${a.testedBy ? html`, by ${a.testedBy}` : ''}.</p>` : a.testedBy ? html`<p>The website was also tested by ${a.testedBy}.</p>` : ''}

<h2>Preparation of this accessibility statement</h2>
${
  a.prepared
    ? html`<p>This statement was prepared on <time datetime="${a.prepared.iso}">${a.prepared.label}</time>.${a.reviewed ? html` It was last reviewed on <time datetime="${a.reviewed.iso}">${a.reviewed.label}</time>.` : ''}</p>`
    : html`<p>The date this statement was prepared has not been recorded.</p>`
}`;
}
