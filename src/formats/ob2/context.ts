/**
 * The Open Badges 2.0 JSON-LD context, bundled (`contexts/openbadges-v2.json`, content-pinned by
 * test/ob2/context.test.ts). No npm package ships it, so this is microcred's transcription of the
 * term definitions 1EdTech publishes at https://w3id.org/openbadges/v2 (without its `validation`
 * schema links, which JSON-LD processing does not use).
 */
import openBadgesV2 from '../../generated/contexts/openbadges-v2.js';
import { deepFreeze } from '../../resolver/freeze.js';

export const OB_V2_CONTEXT = 'https://w3id.org/openbadges/v2';

/** The context document served for {@link OB_V2_CONTEXT}. Frozen. */
export const OB_V2_CONTEXT_DOCUMENT: Readonly<Record<string, unknown>> = deepFreeze(structuredClone(openBadgesV2));
