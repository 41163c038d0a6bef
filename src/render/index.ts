export { renderCertificate, type RenderOptions } from './certificate.js';
export { renderSupplement } from './supplement.js';
export { verificationUrl, embeddedQrText, type QrMode } from './qr.js';
export { label, localized, type UiLanguage, type LabelKey } from './labels.js';
