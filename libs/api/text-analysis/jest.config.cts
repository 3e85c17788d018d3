module.exports = {
  displayName: 'api-text-analysis',
  preset: '../../../jest.preset.api.js',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  coverageDirectory: '../../../coverage/libs/api/text-analysis',
};
