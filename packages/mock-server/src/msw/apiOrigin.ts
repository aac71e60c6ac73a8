/**
 * The origin an app's `baseUrl` points at: absolute, or (in a browser) relative to the page.
 * A path below the origin is refused: the mock, like the service, serves the API at its root.
 */
export function apiOrigin(baseUrl: string): string {
  const page = (globalThis as { location?: { href?: string } }).location?.href;
  let url: URL;
  try {
    url = new URL(baseUrl, page);
  } catch {
    throw new Error(
      `Invalid baseUrl "${baseUrl}": give the address the app's client uses, such as http://127.0.0.1:8000`,
    );
  }
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    throw new Error(
      `Invalid baseUrl "${baseUrl}": the API is served at the root of an origin, as the service serves it; give ${url.origin}`,
    );
  }
  return url.origin;
}
