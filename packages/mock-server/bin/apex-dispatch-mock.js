#!/usr/bin/env node
// The apex-dispatch-mock command. The server itself is one bundled file, dist/cli.js; this file
// exists before the first build so that installing the workspace can link the command.
import module from 'node:module';

// Node 22+ keeps compiled code between runs: later starts skip parsing the bundle.
module.enableCompileCache?.();
await import('../dist/cli.js');
