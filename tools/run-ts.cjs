// Runs a TypeScript tool script (admin CLI, migration checks) with the workspace's path aliases: node tools/run-ts.cjs <script.ts> [args]
const { join, resolve } = require('node:path');
const tsConfig = require('../tsconfig.base.json');

require('tsconfig-paths').register({ baseUrl: join(__dirname, '..'), paths: tsConfig.compilerOptions.paths });
require('ts-node').register({
  transpileOnly: true,
  compilerOptions: { module: 'commonjs', moduleResolution: 'node10', experimentalDecorators: true, emitDecoratorMetadata: true },
});
require('reflect-metadata');

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('Usage: node tools/run-ts.cjs <script.ts> [args]');
  process.exit(2);
}
process.argv = [process.argv[0], resolve(script), ...args];
require(resolve(script));
