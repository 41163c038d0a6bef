import { InvalidArgumentError } from '../errors.js';
import { OB_V3_CONTEXT, VC_V2_CONTEXT } from '../formats/ob3/contexts.js';
import { nameBasedUrn } from '../formats/ob3/ids.js';
import { toDateTime } from '../formats/ob3/to-open-badge.js';
import { textIn } from '../model/language-map.js';
import type { RecognitionRecord } from '../model/types.generated.js';
import type { JsonObject, SignedCredential } from '../suites/types.js';
import { partEvidence, relatedResources } from './links.js';
import { type PathwaySignOptions, signCredential, signingIssuer } from './sign.js';

const ROUTES: Record<RecognitionRecord['route'], string> = {
  'lisbon-recognition-convention': 'the principles of the Lisbon Recognition Convention',
  rpl: 'its Recognition of Prior Learning procedure',
};

/**
 * Issues a recognition record to the learner as a signed Open Badges 3.0 credential: an
 * achievement "Recognition of N ECTS towards <programme>" (`creditsEarned` N), the decision in
 * words, and the recognised credentials as `evidence` and VC 2.0 `relatedResource` (id and SRI
 * digest). The learner needs an id (a DID or URL) to be the subject.
 *
 * @example
 * const credential = await issueRecognitionCredential(record, { key });
 */
export async function issueRecognitionCredential(record: RecognitionRecord, options: PathwaySignOptions & { language?: string }): Promise<SignedCredential | string> {
  if (!record.learner.id) throw new InvalidArgumentError('ERR_LEARNER_ID_REQUIRED', 'A recognition credential is issued to the learner: record.learner.id (a DID or URL) is required.', { pointer: '/learner/id' });
  const issuer = signingIssuer(options);
  const language = options.language ?? 'en';
  const institution = textIn(record.institution.name, language) ?? issuer;
  const programme = textIn(record.programme.title, language) ?? 'the programme';
  const component = textIn(record.programme.component, language);
  const agreement = textIn(record.agreement?.title, language);
  const name = `Recognition of ${record.recognisedEcts} ECTS towards ${programme}${component ? ` (${component})` : ''}`;
  const decision = record.decision === 'not-recognised' ? 'did not recognise' : record.decision === 'partially-recognised' ? 'partially recognised' : 'recognised';
  const description =
    `${institution} ${decision} the learner's micro-credentials under ${ROUTES[record.route]}${agreement ? ` and the agreement "${agreement}"` : ''}${record.procedure ? ` (${record.procedure})` : ''}: ` +
    `${record.recognisedEcts} ECTS towards ${programme}. Decided by ${record.decidedBy.name}${record.decidedBy.role ? `, ${record.decidedBy.role}` : ''}, on ${record.decidedAt}.`;
  const parts = record.credentials.map((c) => ({ digest: c.digest, credits: c.recognisedEcts, ...(c.id ? { id: c.id } : {}), ...(c.title ? { title: c.title } : {}) }));
  const unsigned: JsonObject = {
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
    id: record.id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuer, type: ['Profile'], name: institution },
    name,
    validFrom: toDateTime(record.decidedAt),
    credentialSubject: {
      type: ['AchievementSubject'],
      id: record.learner.id,
      creditsEarned: record.recognisedEcts,
      achievement: {
        id: nameBasedUrn(`microcred:recognition\n${record.id}`),
        type: ['Achievement'],
        achievementType: 'ext:Recognition',
        name,
        description,
        criteria: { narrative: description },
        creditsAvailable: record.recognisedEcts,
      },
    },
    evidence: partEvidence(parts).map((e) => ({
      type: ['Evidence'],
      ...(e.id ? { id: e.id } : {}),
      name: textIn(e.name, 'en')!,
      description: textIn(e.description, 'en')!,
      genre: e.genre!,
    })),
  };
  const related = relatedResources(parts);
  if (related.length) unsigned.relatedResource = related;
  return signCredential(unsigned, options);
}
