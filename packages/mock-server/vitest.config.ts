import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { mockServerProjects } from './vitest.projects';

export default defineConfig({
  test: { projects: mockServerProjects(fileURLToPath(new URL('.', import.meta.url))) },
});
