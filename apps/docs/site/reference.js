// Renders openapi.json with Swagger UI. The document's server is relative ("/"), so "Try it out"
// calls whichever server serves this page: the mock server under /docs.
window.addEventListener('load', () => {
  const ui = window.SwaggerUIBundle({
    url: 'openapi.json',
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
    onComplete: () => {
      // The mock server accepts any bearer token: fill one in, so "Try it out" works at once.
      ui.preauthorizeApiKey('bearerAuth', 'docs-try-it-token');
    },
  });
  window.ui = ui;
});
