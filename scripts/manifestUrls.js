/**
 * The manifest's addresses. manifest.xml names https://localhost:3000/ (the dev server) everywhere; a production
 * build replaces that prefix with the office's own server (`npm run build -- --env urlProd=https://…/`).
 * Plain CommonJS because webpack.config.js requires it; types in manifestUrls.d.ts.
 */
'use strict';

const DEV_URL = 'https://localhost:3000/';

/** A usable production prefix: https, with a host, ending in "/"; otherwise an Error in Vietnamese. */
function checkProductionUrl(urlProd) {
  if (typeof urlProd !== 'string' || !/^https:\/\/[^\s/?#]+\/(?:[^\s?#]*\/)?$/.test(urlProd)) {
    throw new Error(
      'urlProd phải là địa chỉ https kết thúc bằng "/", ví dụ https://so-ket.example.vn/addin/ (nhận được: ' +
        String(urlProd) +
        ')',
    );
  }
  return urlProd;
}

/** The manifest text with every https://localhost:3000/ replaced by `urlProd`. */
function rewriteManifestUrls(xml, urlProd) {
  checkProductionUrl(urlProd);
  return String(xml).split(DEV_URL).join(urlProd);
}

module.exports = { DEV_URL, checkProductionUrl, rewriteManifestUrls };
