/** The pages every page's navigation lists, besides the guides. */
// The API reference is the site's index, as FastAPI's /docs is its Swagger UI.
const REFERENCE = { href: 'index.html', title: 'API reference' };
const OPENAPI = { href: '../openapi.json', title: 'openapi.json' };
const ASYNCAPI = { href: '../asyncapi.json', title: 'asyncapi.json' };
/** Pages of the reference besides the API reference itself: the streams, the departures. */
export const STREAMS = { slug: 'streams', title: 'WebSocket streams' };
export const DEPARTURES = { slug: 'departures', title: 'Where the document departs' };

const LOGO = `<svg class="logo" viewBox="0 0 32 32" aria-hidden="true"><circle cx="16" cy="16" r="15" fill="none" stroke="currentColor" stroke-width="2"/><path d="M4 16h24M16 1c5 4 5 26 0 30M16 1c-5 4-5 26 0 30" fill="none" stroke="currentColor" stroke-width="1.5"/><circle cx="23" cy="9" r="3.5" fill="#38bdf8"/></svg>`;

function header(active) {
  const link = (href, text, key) =>
    `<a href="${href}"${active === key ? ' aria-current="page"' : ''}>${text}</a>`;
  return `<header class="topbar">
  <a class="brand" href="index.html">${LOGO}<span>APEx Dispatch</span><small>TypeScript</small></a>
  <nav class="topnav" aria-label="Site">
    ${link(REFERENCE.href, REFERENCE.title, 'reference')}
    ${link('getting-started.html', 'Guides', 'guides')}
    <a href="${OPENAPI.href}">${OPENAPI.title}</a>
  </nav>
</header>`;
}

function sidebar(guides, activeSlug) {
  const items = guides
    .map(
      (guide, index) =>
        `<li><a href="${guide.slug}.html"${guide.slug === activeSlug ? ' aria-current="page"' : ''}><span class="step">${index + 1}</span>${guide.title}</a></li>`,
    )
    .join('\n');
  return `<aside class="sidebar">
  <nav aria-label="Guides">
    <p class="sidebar-title">Guides</p>
    <ol>${items}</ol>
    <p class="sidebar-title">Reference</p>
    <ul>
      <li><a href="${REFERENCE.href}">${REFERENCE.title}</a></li>
      ${[STREAMS, DEPARTURES].map((page) => `<li><a href="${page.slug}.html"${page.slug === activeSlug ? ' aria-current="page"' : ''}>${page.title}</a></li>`).join('\n      ')}
      <li><a href="${OPENAPI.href}">OpenAPI document</a></li>
      <li><a href="${ASYNCAPI.href}">AsyncAPI document</a></li>
    </ul>
  </nav>
</aside>`;
}

function toc(headings) {
  if (headings.length < 2) return '';
  const items = headings.map(({ id, text }) => `<li><a href="#${id}">${text}</a></li>`).join('');
  return `<nav class="toc" aria-label="On this page"><p>On this page</p><ul>${items}</ul></nav>`;
}

function pager(guides, activeSlug) {
  const index = guides.findIndex((guide) => guide.slug === activeSlug);
  const previous = guides[index - 1];
  const next = guides[index + 1];
  const card = (guide, rel, label) =>
    guide
      ? `<a class="pager-${rel}" href="${guide.slug}.html" rel="${rel}"><small>${label}</small>${guide.title}</a>`
      : '<span></span>';
  return `<nav class="pager" aria-label="Guides">${card(previous, 'prev', 'Previous')}${card(next, 'next', 'Next')}</nav>`;
}

function shell({ title, description, active, body, head = '', scripts = '' }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${description.replace(/"/g, '&quot;')}">
<link rel="icon" href="assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="assets/style.css">
<link rel="stylesheet" href="assets/highlight.css">
${head}
</head>
<body class="page-${active}">
<a class="skip" href="#content">Skip to content</a>
${header(active)}
${body}
${scripts}
</body>
</html>
`;
}

/** A guide page: navigation, the rendered guide, its table of contents and a pager. */
export function guidePage({ guides, guide, rendered }) {
  return shell({
    title: `${rendered.title} · APEx Dispatch TypeScript`,
    description: guide.summary,
    active: 'guides',
    body: `<div class="layout">
${sidebar(guides, guide.slug)}
<main class="content" id="content">
<article class="prose">
${rendered.html}
</article>
${pager(guides, guide.slug)}
</main>
${toc(rendered.headings)}
</div>`,
    scripts: '<script src="assets/site.js" defer></script>',
  });
}

/** The API reference, the site's index: Swagger UI, bundled with the site, renders openapi.json. */
export function referencePage({ guides }) {
  const guideLinks = guides
    .map(
      (guide, index) =>
        `<a href="${guide.slug}.html"><span class="step">${index + 1}</span>${guide.title}</a>`,
    )
    .join('');
  return shell({
    title: 'APEx Dispatch API reference',
    description:
      'Every operation and model of the APEx Dispatch API, with "Try it out" calls, and guides for TypeScript users.',
    active: 'reference',
    head: '<link rel="stylesheet" href="assets/swagger-ui/swagger-ui.css">\n<link rel="stylesheet" href="assets/reference.css">',
    body: `<main class="reference" id="content">
<section class="reference-intro">
<div>
<p class="eyebrow">TypeScript toolkit</p>
<p>Every operation and model of the API, from the same contract as the typed client and the mock server. <strong>Try it out</strong> calls the server that serves this page; the mock takes any bearer token, and one is filled in. Also: the <a href="${STREAMS.slug}.html">WebSocket streams</a>, <a href="${OPENAPI.href}">openapi.json</a>, <a href="${ASYNCAPI.href}">asyncapi.json</a>, and <a href="${DEPARTURES.slug}.html">where the document departs</a> from the service's published one.</p>
</div>
<nav class="guide-strip" aria-label="Guides">${guideLinks}</nav>
</section>
<div id="swagger-ui"><p class="loading">Loading the API reference…</p></div>
</main>`,
    scripts:
      '<script src="assets/swagger-ui/swagger-ui-bundle.js"></script>\n<script src="assets/reference.js"></script>',
  });
}
