// The mock inside an express 4 app, as createMockApp gives it for mounting: the express adapter.
import { createServer } from 'node:http';
import { createMockApp } from '../dist/index.js';

const server = createServer(createMockApp({ logLevel: 'silent' }));
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`API: http://127.0.0.1:${server.address().port}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
