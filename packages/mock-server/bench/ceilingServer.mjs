// The ceiling: a bare node:http server answering every request with one fixed JSON body.
import { createServer } from 'node:http';

const body = JSON.stringify({
  id: 1,
  title: 'Vegetation index',
  label: 'ogc_api_process',
  status: 'created',
  service: {
    endpoint: 'https://processes.example.test',
    application: '/processes/vegetation-index',
    namespace: 'apex',
  },
  parameters: { collection: 'SENTINEL2_L2A', bbox: [12, 41, 13, 42] },
});

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(201, {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(body),
    });
    res.end(body);
  });
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`API: http://127.0.0.1:${server.address().port}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
