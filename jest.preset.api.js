// Jest preset for API projects: Node environment, and one fresh database per run (libs/api/testing).
const { join } = require('node:path');
const nxPreset = require('@nx/jest/preset').default;

module.exports = {
  ...nxPreset,
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  globalSetup: join(__dirname, 'tools/jest-api-global-setup.js'),
  globalTeardown: join(__dirname, 'tools/jest-api-global-teardown.js'),
  testTimeout: 30000,
};
