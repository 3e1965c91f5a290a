/**
 * Builds the add-in into dist/: the task pane (taskpane.html + taskpane.js + taskpane.css), the ribbon's function
 * file (commands.html + commands.js), office.js served from our own files, the icons and the manifest.
 *
 *   npm run build                                              production, manifest addresses stay localhost:3000
 *   npm run build -- --env urlProd=https://so-ket.example.vn/addin/   production for an office's own https server
 *   npm run build:dev / npm run dev-server                     development; the server is https on port 3000
 *
 * The pane runs in the Internet Explorer 11 engine of Excel 2016/2019, so every bundle is ES5 (ts-loader with
 * target ES5, webpack target ['web', 'es5']) and starts with the polyfills of src/polyfills/ (ie11.ts, and
 * normalize.ts for the pane).
 * tests/build/build.test.ts parses the emitted bundles as ES5.
 */
'use strict';

const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { checkProductionUrl, rewriteManifestUrls } = require('./scripts/manifestUrls');

const OFFICE_JS_DIST = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));

/**
 * The files office.js loads from its own folder when the pane runs in Excel (read from office.debug.js:
 * _loadScriptHelper.loadScript calls): the host file "<host>-<platform>-<version>.js" for every Excel platform
 * (win32, mac, web, ios, android, winrt, and the 15.x files of older hosts), o15apptofilemappingtable.js for
 * Office 2013-style hosts and dialogs, and "<locale>/office_strings.js" for the Office language. Left out on
 * purpose: the .debug.js twins (office.js never asks for them), other Office applications, webauth/ (single
 * sign-on, unused), custom-functions-runtime, html2canvas, and the telemetry scripts telemetry/oteljs_agave.js and
 * ariatelemetry/ (the Aria logger posts usage data to Microsoft from the pane; our add-in sends nothing). office.js
 * catches a failed telemetry load and turns its logger off.
 */
function isOfficeJsRuntimeFile(relativePath) {
  const p = relativePath.split(path.sep).join('/');
  if (/\.debug\.js$/.test(p)) return false;
  return (
    p === 'office.js' ||
    p === 'o15apptofilemappingtable.js' ||
    /^excel[a-z0-9.-]*\.js$/.test(p) ||
    /^[a-z]{2,3}(-[a-z0-9]+)*\/office_strings\.js$/.test(p)
  );
}

const IE11 = './src/polyfills/ie11.ts';
const NORMALIZE = './src/polyfills/normalize.ts';

/**
 * The dev server's https options: the localhost certificate of office-addin-dev-certs when it is installed and
 * trusted (Office refuses a pane from an untrusted https server). It is never installed from here: that needs
 * administrator rights (sudo on Linux), so it is a step the developer takes once (`npx office-addin-dev-certs
 * install`; `npm start` also does it). Without it the server still runs with webpack's self-signed certificate.
 */
async function devServerHttpsOptions() {
  try {
    const devCerts = require('office-addin-dev-certs');
    if (devCerts.verifyCertificates()) return await devCerts.getHttpsServerOptions();
    process.stderr.write(
      'Chưa có chứng chỉ localhost tin cậy: máy chủ dùng chứng chỉ tự ký và Office có thể không mở ngăn tác vụ.\n' +
        'Cài một lần bằng: npx office-addin-dev-certs install\n',
    );
  } catch (err) {
    process.stderr.write('Không đọc được chứng chỉ của office-addin-dev-certs: ' + (err && err.message) + '\n');
  }
  return undefined;
}

module.exports = async function (env, argv) {
  env = env || {};
  const production = argv.mode !== 'development';
  const urlProd = env.urlProd ? checkProductionUrl(env.urlProd) : null;
  const serving = Boolean(env.WEBPACK_SERVE);

  const config = {
    mode: production ? 'production' : 'development',
    target: ['web', 'es5'],
    // No source maps in production (they would carry this machine's paths); readable ones in development.
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: [IE11, NORMALIZE, './src/taskpane/taskpane.ts'],
      commands: [IE11, './src/commands/commands.ts'],
      // The standalone page's Web Worker (taskpane.html opened outside Office): exceljs reads the chosen .xlsx
      // file and writes the report workbook here, so exceljs stays out of the pane's bundle. exceljs resolves to
      // its browser build (package.json "browser": dist/exceljs.min.js, with its own polyfills, no Node built-ins
      // left to fill). That build is ES2018, so this one bundle is not ES5 (tests/build exempts it; in a browser
      // too old for it the page says to use a recent one). No page includes it: `new Worker('fileWorker.js')`.
      fileWorker: './src/taskpane/fileWorker.ts',
      // The pane's analysis off its thread (src/taskpane/workerAnalysisRunner.ts): a Worker, ES5 with the same polyfills.
      analysisWorker: [IE11, NORMALIZE, './src/taskpane/analysisWorker.ts'],
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.js'],
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Type checking is `npm test`'s job (tsc --noEmit); the build only transpiles to ES5.
            options: { configFile: path.resolve(__dirname, 'tsconfig.pane.json'), transpileOnly: true },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: OFFICE_JS_DIST,
            to: 'office-js',
            // Microsoft's files are copied byte for byte: marked as minimized so that Terser leaves them alone.
            info: { minimized: true },
            filter: function (file) {
              return isOfficeJsRuntimeFile(path.relative(OFFICE_JS_DIST, file));
            },
          },
          { from: 'src/taskpane/taskpane.css', to: 'taskpane.css' },
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: function (content) {
              return urlProd ? rewriteManifestUrls(content.toString('utf8'), urlProd) : content;
            },
          },
        ],
      }),
    ],
    performance: {
      // The pane is served from the office's own server or localhost, once per session, and must work
      // offline: one bundle with the IE11 polyfills (unorm's tables are most of it) is the right shape.
      // Warn only when our own bundles grow well past today's size (~415 KiB). The file worker (exceljs, ~1 MB)
      // is loaded only by the standalone page, once, from the same server: not counted.
      maxAssetSize: 600 * 1024,
      maxEntrypointSize: 600 * 1024,
      assetFilter: function (file) {
        return /^(taskpane|commands)\.js$/.test(file);
      },
    },
  };

  if (serving) {
    const https = await devServerHttpsOptions();
    config.devServer = {
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: https ? { type: 'https', options: https } : 'https',
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
    };
  }
  return config;
};
