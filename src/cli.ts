#!/usr/bin/env node
import { main } from './commands/program.js';

const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
const argv = process.argv.slice(2);

if (argv.length === 0 && process.stdout.isTTY && process.stdin.isTTY) {
  // The TUI is imported only here: scripted commands never load Ink or React.
  const { startTui } = await import('./ui/start.js');
  process.exitCode = await startTui(io);
} else {
  const args = argv.length === 0 ? ['--help'] : argv;
  process.exitCode = await main(args, io);
}
