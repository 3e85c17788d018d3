const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      tsConfig: './tsconfig.app.json',
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: true,
      sourceMap: true,
      // The report PDF's fonts (Polish letters), beside the bundle: libs/api/reports/src/lib/pdf/fonts.ts looks there first.
      assets: [{ input: 'node_modules/dejavu-fonts-ttf/ttf', glob: 'DejaVuSans{,-Bold}.ttf', output: 'assets/fonts' }],
    }),
  ],
};
