module.exports = {
  displayName: 'api-participation',
  preset: '../../../jest.preset.api.js',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  coverageDirectory: '../../../coverage/libs/api/participation',
};
