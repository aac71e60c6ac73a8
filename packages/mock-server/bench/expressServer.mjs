// The floor of any express app: express with its JSON body parser answering one fixed body.
import express from 'express';

const body = { id: 1, title: 'Vegetation index', label: 'ogc_api_process', status: 'created' };
const app = express();
app.use(express.json());
app.post('/unit_jobs', (_req, res) => {
  res.status(201).json(body);
});
const server = app.listen(0, '127.0.0.1', () => {
  process.stdout.write(`API: http://127.0.0.1:${server.address().port}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
