import type { QrMode } from './qr.js';
import type { UiLanguage } from './labels.js';

/** Paper sizes of certificates and supplements. */
export type Paper = 'A4' | 'Letter';

/** A person who signs the paper certificate by hand (`--signatory "Name, Role"`). */
export interface Signatory {
  name: string;
  role?: string;
}

/** Something the renderer could not do as asked, said at render time (the PDF is still written). */
export interface RenderWarning {
  code: 'WARN_NO_QR' | 'WARN_QR_TOO_LARGE' | 'WARN_LOGO_NOT_PRINTED' | 'WARN_TOO_MANY_SIGNATURE_BLOCKS';
  message: string;
}

/** Most signatories a document takes. */
export const MAX_SIGNATORIES = 12;
/** Most signature blocks (one per awarding body) on a certificate: two rows of three. */
export const MAX_SIGNATURE_BLOCKS = 6;
/** Largest logo embedded, in bytes. */
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;

/** Options of {@link renderCertificate} and {@link renderSupplement}. */
export interface RenderOptions {
  /** Language of labels and texts (texts fall back to English per field). Default `en`. */
  language?: UiLanguage;
  /** Base of the verification link the QR code encodes, e.g. `https://credentials.example.ge/verify`. */
  verifyBaseUrl?: string;
  /**
   * `url` (default): the QR code holds the verification link, and there is no QR code without
   * `verifyBaseUrl`. `embed`: the compressed credential itself, when it fits (else the link).
   */
  qr?: QrMode;
  /** `A4` (default) or US `Letter`. */
  paper?: Paper;
  /** Logo (PNG or JPEG bytes) printed instead of the awarding bodies' own images. */
  logo?: Uint8Array;
  /**
   * People who sign by hand, in order. With one awarding body they all sign in its block; with
   * several, the n-th signs for the n-th body (extra signatories join the last block).
   */
  signatories?: Signatory[];
  /** Attach the credential (as given) to the PDF as an embedded file (PDF/A-3 associated file). */
  attach?: boolean;
  /**
   * The outcome of verifying the credential before rendering: `verified: false` prints
   * "not verified" and the reason on the page. Rendering itself never verifies.
   */
  verification?: { verified: boolean; reason?: string };
  /** CreationDate of the PDF (default now); fix it for reproducible files. */
  creationDate?: Date;
  /** Called with each warning (no QR code, logo not printable, …). */
  onWarning?: (warning: RenderWarning) => void;
}
