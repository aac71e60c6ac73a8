// Renders openapi.json with Swagger UI. The document's server is relative ("/"), so "Try it out"
// calls whichever server serves this page: the mock server under /docs.

// Answers a browser can show as they are: text, JSON and the image types it decodes.
const SHOWN_AS_IS =
  /^(text\/|application\/([\w.+-]*\+)?(json|xml|javascript)$|image\/(png|jpeg|gif|webp|svg\+xml)$)/i;
const EXTENSIONS = {
  'image/tiff': 'tif',
  'application/x-netcdf': 'nc',
  'application/netcdf': 'nc',
};

// One object URL per answer, however often Swagger UI renders it.
const objectUrls = new WeakMap();
const objectUrl = (blob) => {
  if (!objectUrls.has(blob)) objectUrls.set(blob, URL.createObjectURL(blob));
  return objectUrls.get(blob);
};

function fileName(type, headers) {
  const disposition = String(headers?.['content-disposition'] ?? '');
  const named = /filename="?([^";]+)"?/i.exec(disposition);
  return named ? named[1] : `result.${EXTENSIONS[type] ?? 'bin'}`;
}

// A binary answer (a GeoTIFF, a NetCDF file) is shown as its type, its size and a download link,
// instead of Swagger UI's image, which a browser cannot draw for image/tiff.
function BinaryAnswers(system) {
  const h = system.React.createElement;
  return {
    wrapComponents: {
      responseBody: (Original) => (props) => {
        const type = String(props.contentType ?? '')
          .split(';')[0]
          .trim()
          .toLowerCase();
        if (!(props.content instanceof Blob) || type === '' || SHOWN_AS_IS.test(type)) {
          return h(Original, props);
        }
        const name = fileName(type, props.headers);
        return h(
          'div',
          { className: 'binary-answer' },
          h('h5', null, 'Response body'),
          h(
            'p',
            null,
            `${type}, ${props.content.size.toLocaleString('en')} bytes: `,
            h('a', { href: objectUrl(props.content), download: name }, `download ${name}`),
          ),
        );
      },
    },
  };
}

// The document's description ends with the list of where it departs from the service's own
// published document: a page of its own (departures.html), so that the reference opens with the
// operations. The same cut as the build's (renderDepartures.mjs): the first "## " heading.
function withoutDepartures(document) {
  const description = document.info?.description ?? '';
  const at = description.search(/^## /m);
  if (at < 0) return document;
  const link =
    "[Where this document departs from the service's own published document](departures.html)";
  return {
    ...document,
    info: { ...document.info, description: `${description.slice(0, at).trimEnd()}\n\n${link}` },
  };
}

window.addEventListener('load', async () => {
  const answer = await fetch('openapi.json');
  const ui = window.SwaggerUIBundle({
    spec: withoutDepartures(await answer.json()),
    dom_id: '#swagger-ui',
    deepLinking: true,
    // The default validator badge loads an image from a remote service; the site stays offline.
    validatorUrl: null,
    docExpansion: 'list',
    defaultModelsExpandDepth: 1,
    defaultModelExpandDepth: 1,
    displayRequestDuration: true,
    tryItOutEnabled: false,
    syntaxHighlight: { activated: true, theme: 'monokai' },
    plugins: [BinaryAnswers],
    onComplete: () => {
      // The mock server accepts any bearer token: fill one in, so "Try it out" works at once.
      ui.preauthorizeApiKey('bearerAuth', 'docs-try-it-token');
    },
  });
  window.ui = ui;
});
