import { spawn } from 'node:child_process';

/**
 * Runs an ES module script in a fresh node process and resolves with what it printed: the
 * benches measure start-up inside such a process, where nothing is loaded yet.
 */
export function runModuleScript(script: string): Promise<string> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += String(chunk);
    });
    child.once('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`a bench script exited with ${code}`)),
    );
  });
}
