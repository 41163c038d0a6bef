/**
 * Validate a micro-credential against the Georgian profile and print what a registrar must fix.
 * Run: npx tsx examples/validate.ts
 */
import { readFileSync } from 'node:fs';
import { validateMicroCredential } from 'microcred';

const document = JSON.parse(readFileSync(new URL('./am-data-analytics.json', import.meta.url), 'utf8'));

const result = validateMicroCredential(document, { profile: 'ge' });
console.log(result.valid ? 'valid' : 'invalid', `under ${result.profile.id}@${result.profile.version}`);
for (const error of result.errors) console.log(`error   ${error.pointer}  ${error.code}  ${error.message}`);
for (const warning of result.warnings) console.log(`warning ${warning.pointer}  ${warning.code}  ${warning.message}`);
