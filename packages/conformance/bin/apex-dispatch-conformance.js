#!/usr/bin/env node
// The apex-dispatch-conformance command. The command itself is dist/cli.js; this file exists
// before the first build so that installing the workspace can link the command.
import module from 'node:module';

// Node 22+ keeps compiled code between runs: later starts skip parsing the bundle.
module.enableCompileCache?.();
await import('../dist/cli.js');
