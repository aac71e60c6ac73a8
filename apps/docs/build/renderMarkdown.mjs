import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import json from 'highlight.js/lib/languages/json';
import typescript from 'highlight.js/lib/languages/typescript';
import { Marked } from 'marked';

hljs.registerLanguage('typescript', typescript);
hljs.registerLanguage('bash', bash);
hljs.registerLanguage('json', json);

const LANGUAGES = {
  ts: 'typescript',
  typescript: 'typescript',
  sh: 'bash',
  bash: 'bash',
  json: 'json',
};
const LABELS = { typescript: 'TypeScript', bash: 'Shell', json: 'JSON' };

const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A heading's id, as GitHub makes them, so links to sections read the same. */
export const slugify = (text) =>
  text
    .toLowerCase()
    .replace(/<[^>]+>/g, '')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-');

/**
 * Renders a guide to HTML: highlighted code blocks with a copy button, linkable headings, and
 * links between guides rewritten from `.md` to `.html` so they work on the built site.
 * Returns the page title (its `#` heading), the body and the `##` headings for the page's TOC.
 */
export function renderMarkdown(markdown) {
  let title = '';
  const headings = [];
  const marked = new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth, text }) {
        const inner = this.parser.parseInline(tokens);
        if (depth === 1) {
          title = text;
          return `<h1>${inner}</h1>\n`;
        }
        const id = slugify(text);
        if (depth === 2) headings.push({ id, text: inner });
        return `<h${depth} id="${id}"><a class="anchor" href="#${id}" aria-hidden="true">#</a>${inner}</h${depth}>\n`;
      },
      code({ text, lang }) {
        const [name = '', ...flags] = (lang ?? '').split(/\s+/);
        const language = LANGUAGES[name] ?? null;
        const body = language ? hljs.highlight(text, { language }).value : escapeHtml(text);
        const note = flags.includes('continued')
          ? '<small>continues the example above</small>'
          : flags.includes('vitest')
            ? '<small>a Vitest test file</small>'
            : '';
        const label = `${language ? LABELS[language] : 'Text'}${note}`;
        return `<div class="code"><div class="code-bar"><span>${label}</span><button type="button" class="copy" aria-label="Copy code">Copy</button></div><pre><code class="hljs language-${language ?? 'text'}">${body}</code></pre></div>\n`;
      },
      link({ href, title: linkTitle, tokens }) {
        const inner = this.parser.parseInline(tokens);
        const external = /^https?:\/\//.test(href);
        const target = external ? href : href.replace(/\.md(#|$)/, '.html$1');
        const titleAttribute = linkTitle ? ` title="${escapeHtml(linkTitle)}"` : '';
        const rel = external ? ' rel="noopener"' : '';
        return `<a href="${escapeHtml(target)}"${titleAttribute}${rel}>${inner}</a>`;
      },
      table(token) {
        return `<div class="table-wrap">${this.constructor.prototype.table.call(this, token)}</div>`;
      },
    },
  });
  const html = marked.parse(markdown);
  return { title, html, headings };
}
