// Builds the static docs site into dist/: openapi.json, the API reference (Swagger UI, bundled
// locally so the site works offline) and the guides, rendered from Markdown.
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument } from './contractDocuments.mjs';
import { guidePage, referencePage } from './layout.mjs';
import { precompress } from './precompress.mjs';
import { writeChannelsPage } from './renderChannels.mjs';
import { writeDeparturesPage } from './renderDepartures.mjs';
import { renderMarkdown } from './renderMarkdown.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const dist = join(root, 'dist');
const assets = join(dist, 'assets');
const require = createRequire(import.meta.url);
const packageDir = (name) => dirname(require.resolve(`${name}/package.json`));

rmSync(dist, { recursive: true, force: true });
mkdirSync(join(assets, 'swagger-ui'), { recursive: true });

const openApiDocument = buildOpenApiDocument();
writeFileSync(join(dist, 'openapi.json'), `${JSON.stringify(openApiDocument, null, 2)}\n`);

cpSync(join(root, 'site'), assets, { recursive: true });
const swaggerUi = packageDir('swagger-ui-dist');
for (const file of ['swagger-ui-bundle.js', 'swagger-ui.css', 'LICENSE', 'NOTICE']) {
  copyFileSync(join(swaggerUi, file), join(assets, 'swagger-ui', file));
}
copyFileSync(
  join(packageDir('highlight.js'), 'styles', 'github-dark-dimmed.min.css'),
  join(assets, 'highlight.css'),
);

const guides = JSON.parse(readFileSync(join(root, 'guides', 'guides.json'), 'utf8'));
const readGuide = (slug) => readFileSync(join(root, 'guides', `${slug}.md`), 'utf8');

for (const guide of guides) {
  const rendered = renderMarkdown(readGuide(guide.slug));
  writeFileSync(join(dist, `${guide.slug}.html`), guidePage({ guides, guide, rendered }));
}
writeFileSync(join(dist, 'index.html'), referencePage({ guides }));
writeChannelsPage({ dist, guides });
writeDeparturesPage({ dist, guides, document: openApiDocument });

// Last, once every file is written.
const { raw, gzipped } = precompress(dist);
console.log(
  `docs: wrote ${guides.length + 3} pages and openapi.json to ${dist}, gzip copies of ${(raw / 1024).toFixed(0)} KiB in ${(gzipped / 1024).toFixed(0)} KiB`,
);
