// Where the snippet goes in the builders spa sites use most, and what each one does not allow. Only
// what their public documentation says; where a plan or a setting decides, the guide says so rather
// than guessing the plan's current name or price. The README's "Knead Studio" section says the same.

/** One builder's guide. */
export interface Guide {
  id: string;
  name: string;
  steps: string[];
  limits: string[];
}

export const GUIDES: Guide[] = [
  {
    id: 'wordpress',
    name: 'WordPress',
    steps: [
      'Edit the page, add a “Custom HTML” block where the widget should appear, and paste the snippet.',
      'Use the block’s Preview tab, then update the page and open it as a visitor would.',
    ],
    limits: [
      'WordPress removes <script> tags unless the person saving the page may post unfiltered HTML: by default administrators and editors on a single site, and only super admins on a multisite network.',
      'On WordPress.com, scripts are removed unless your plan allows custom code (plugins); check your plan before you paste.',
      'If the script tag is removed, the element stays but shows nothing: have the script tag added once for the whole site (in the theme, or with a header-code plugin), then paste the rest of the snippet.',
    ],
  },
  {
    id: 'wix',
    name: 'Wix',
    steps: [
      'In the Editor choose Add → Embed Code → Embed HTML, choose “Code”, paste the snippet and apply.',
      'Drag the frame’s handles so it is as tall as the widget at its longest (an open question, the last step).',
    ],
    limits: [
      'Wix shows embedded HTML inside a frame (an iframe): it does not grow with the widget and does not see your page’s language, so keep “Always <language>” in Behaviour.',
      'Site-wide Custom Code and Custom Element in Wix need a premium plan with a connected domain.',
    ],
  },
  {
    id: 'squarespace',
    name: 'Squarespace',
    steps: [
      'Edit the page, add a Code block, keep it in HTML mode with “Display source” off, and paste the snippet.',
      'Save, then check the widget on the live page: scripts in code blocks may not run while you are editing.',
    ],
    limits: [
      'JavaScript in code blocks and code injection are premium features: they are not available on the Personal plan.',
      'For several widgets on one page, paste the script tag only once, in the first block (a second copy is harmless).',
    ],
  },
  {
    id: 'webflow',
    name: 'Webflow',
    steps: [
      'In the Designer, drag a Code Embed element from the Add panel where the widget should go, paste the snippet, and save.',
      'Custom code does not run in the Designer canvas: look at the widget in preview or on the published site.',
    ],
    limits: [
      'A Code Embed has a character limit; if Webflow refuses the snippet as too long, use the Strict snippet, whose content is a file instead.',
    ],
  },
  {
    id: 'shopify',
    name: 'Shopify',
    steps: [
      'Go to Online Store → Themes → Customize, open the page, choose Add section → Custom Liquid, paste the snippet, and save.',
      'Custom Liquid is a section of Online Store 2.0 themes (such as Dawn); an older theme may not offer it.',
    ],
    limits: [
      'Liquid treats {{ and {% as its own code: the studio’s snippets contain neither unless your own words do; if they do, wrap the snippet in {% raw %} … {% endraw %}.',
      'A content file hosted on another address (for example Shopify’s file CDN) is fetched by the visitor’s browser, so that server must allow cross-origin requests; the Simple snippet avoids the question.',
    ],
  },
];

/** Which snippet to pick, in one line each. */
export const PICK = {
  simple:
    'Simple: one paste, everything inside. Use it in a page builder’s HTML or code block. It needs a site that allows inline styles (almost every builder does).',
  strict:
    'Strict: for a site with a Content-Security-Policy that forbids inline styles, or a builder that strips <script> blocks. Upload the JSON and CSS files to your own site first; the snippet points at them.',
  prerender:
    'Visitors see the words before the script has loaded, and the widget takes its place at once, without the page jumping; search engines and readers without JavaScript read them too. The snippet gets much longer (a builder with a size limit may refuse it).',
};
