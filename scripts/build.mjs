// Bundles the CLI into dist/ with esbuild. Start-up time is a feature: one bundled file loads
// several times faster than hundreds of modules. Native and lazily used packages stay external.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

// `--outdir DIR` builds elsewhere (parallel work, benchmarks); the default is dist/.
const at = process.argv.indexOf('--outdir');
const outdir = at > 0 ? process.argv[at + 1] : 'dist';
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/cli.ts' },
  outdir,
  define: { __ELOKET_VERSION__: JSON.stringify(version) },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  jsx: 'automatic',
  banner: {
    js: "import { createRequire as __eloketRequire } from 'node:module'; const require = __eloketRequire(import.meta.url);",
  },
  alias: { 'react-devtools-core': './scripts/empty.mjs' },
  external: [
    'better-sqlite3',
    '@napi-rs/keyring',
    'oidc-provider',
    'nodemailer',
    'smtp-server',
    'pg',
  ],
});
