// Loads the TypeScript globalSetup/teardown of libs/api/testing with the workspace's path aliases
// (Jest's own resolver does not apply to global hooks).
const { join } = require('node:path');
const tsConfig = require('../tsconfig.base.json');
require('tsconfig-paths').register({ baseUrl: join(__dirname, '..'), paths: tsConfig.compilerOptions.paths });
require('ts-node').register({ transpileOnly: true, compilerOptions: { module: 'commonjs', moduleResolution: 'node10' } });

module.exports = (hook) => require(join(__dirname, '../libs/api/testing/src/lib', hook)).default;
