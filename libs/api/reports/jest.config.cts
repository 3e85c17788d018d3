module.exports = {
  displayName: 'api-reports',
  preset: '../../../jest.preset.api.js',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  coverageDirectory: '../../../coverage/libs/api/reports',
};
