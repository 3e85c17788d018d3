// The API preset: one fresh database per run (libs/api/testing) for the HTTP and schema specs; the engine specs need none.
module.exports = {
  displayName: 'api-themes',
  preset: '../../../jest.preset.api.js',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  coverageDirectory: '../../../coverage/libs/api/themes',
};
