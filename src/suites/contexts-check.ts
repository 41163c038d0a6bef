import type { CheckCode } from '../errors.js';
import type { DocumentLoader } from '../loader/document-loader.js';
import { classify } from './failure.js';
import type { JsonObject } from './types.js';

/**
 * Loads every context URL a credential names (top level only), so a suite that does no JSON-LD
 * processing still refuses contexts the loader does not serve. Returns the first failure.
 */
export async function checkContextsLoad(credential: JsonObject, documentLoader: DocumentLoader): Promise<{ code: CheckCode; reason: string } | undefined> {
  const context = credential['@context'];
  const entries = Array.isArray(context) ? context : [context];
  for (const entry of entries) {
    if (typeof entry !== 'string') continue;
    try {
      await documentLoader(entry);
    } catch (error) {
      return classify(error);
    }
  }
  return undefined;
}
