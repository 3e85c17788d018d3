// The engine is plain TypeScript with no database: the plain Node preset, without the API preset's per-run database.
module.exports = {
  displayName: 'api-themes',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  coverageDirectory: '../../../coverage/libs/api/themes',
};
