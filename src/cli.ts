#!/usr/bin/env node
const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
const argv = process.argv.slice(2);

if (argv.length === 0 && process.stdout.isTTY && process.stdin.isTTY) {
  // The TUI is imported only here: scripted commands never load Ink or React, and the TUI's
  // first frame does not wait for the commands.
  const { startTui } = await import('./ui/start.js');
  process.exitCode = await startTui(io);
} else {
  // A reader that stops early (`eloket messages list | head -1`) closes the pipe: that is no
  // failure of ours, so no stack trace; the command still finishes (and closes its store).
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
    });
  }
  const { main } = await import('./commands/program.js');
  const args = argv.length === 0 ? ['--help'] : argv;
  process.exitCode = await main(args, io);
}

// The process ends here, once stdout and stderr have taken what was written, rather than by
// Node's teardown: on Node 24 the teardown can abort on better-sqlite3's objects (store/sqlite.ts).
await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((done) => stream.write('', done))));
process.exit();
