module.exports = require('./jest-api-global')('global-teardown');
