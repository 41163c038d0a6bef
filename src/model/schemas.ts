import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import microCredentialSchema from '../generated/schemas/micro-credential.js';
import profileSchema from '../generated/schemas/profile.js';
import registryEntrySchema from '../generated/schemas/accreditation-registry.js';
import vocabulariesSchema from '../generated/schemas/vocabularies.js';
import type { MicroCredential, ProfileDefinition, RegistryEntry } from './types.generated.js';

export { microCredentialSchema, profileSchema, registryEntrySchema, vocabulariesSchema };

/** Annotation keywords of the project's schemas: the Annex I element a field carries, and the message for a failed anyOf. */
const ANNOTATIONS = ['x-annex-i', 'x-error'];

let compiled:
  | { microCredential: ValidateFunction<MicroCredential>; profile: ValidateFunction<ProfileDefinition>; registryEntry: ValidateFunction<RegistryEntry> }
  | undefined;

/**
 * Compiled validators, built once on first use. They are pure functions of the bundled
 * schemas, so sharing them is not shared mutable state.
 */
export function validators() {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false, strictTypes: false, allowUnionTypes: true });
    addFormats.default(ajv, ['date', 'date-time', 'email', 'uri']);
    ajv.addVocabulary(ANNOTATIONS);
    ajv.addSchema(vocabulariesSchema);
    const microCredential = ajv.compile<MicroCredential>(microCredentialSchema);
    compiled = {
      microCredential,
      profile: ajv.compile<ProfileDefinition>(profileSchema),
      registryEntry: ajv.compile<RegistryEntry>(registryEntrySchema),
    };
  }
  return compiled;
}
