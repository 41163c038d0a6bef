export { renderCertificate, type RenderOptions, type RenderWarning, type Signatory } from './certificate.js';
export type { Paper } from './options.js';
export { renderSupplement } from './supplement.js';
export { verificationUrl, embeddedQrText, type QrMode } from './qr.js';
export { label, localized, type UiLanguage, type LabelKey } from './labels.js';
