module.exports = {
  displayName: 'api-testing',
  preset: '../../../jest.preset.api.js',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  coverageDirectory: '../../../coverage/libs/api/testing',
};
