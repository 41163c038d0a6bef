/**
 * Open Badges 2.0 hosted publication (`serve --publish`), for LMSs and backpacks that read only
 * 2.0: every published credential as a hosted Assertion, its BadgeClass and the issuer Profile,
 * made on request from the stored credential with `toOpenBadge2` (so they never drift from it).
 *
 * | route | what |
 * | --- | --- |
 * | `GET /ob2/assertions/:id` | the Assertion of credential `:id` (URL-encoded); 410 Gone once revoked or suspended |
 * | `GET /ob2/badges/:id` | the BadgeClass of achievement `:id` (URL-encoded) |
 * | `GET /ob2/issuer` | the issuer Profile |
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { OB_V2_CONTEXT } from '../formats/ob2/context.js';
import { ob2Paths, toOpenBadge2 } from '../formats/ob2/to-open-badge2.js';
import { parseOpenBadge } from '../formats/ob3/from-open-badge.js';
import { isJsonObject } from '../json.js';
import type { MicroCredential } from '../model/types.generated.js';
import { credentialFromText } from '../render/read-credential.js';
import type { CredentialRecord, Store } from '../store/types.js';

const MAX_ID = 2048;

/** The MicroCredential of a stored OB 3.0 credential (with its achievement id kept), or undefined. */
function microCredentialOf(record: CredentialRecord): MicroCredential | undefined {
  if (!record.document) return undefined;
  try {
    const credential = credentialFromText(record.document);
    const { microCredential, lossless } = parseOpenBadge(credential);
    if (!lossless) return undefined;
    const subject = credential.credentialSubject;
    const achievement = isJsonObject(subject) && isJsonObject(subject.achievement) ? subject.achievement : undefined;
    if (typeof achievement?.id === 'string') microCredential.achievementId = achievement.id;
    return microCredential;
  } catch {
    return undefined;
  }
}

const send = (reply: FastifyReply, status: number, body: unknown) => reply.code(status).type('application/ld+json').send(JSON.stringify(body));
const notFound = (reply: FastifyReply, what: string) => reply.code(404).send({ code: 'ERR_NOT_FOUND', message: `No such published ${what}.` });

/** Registers the three routes; `baseUrl()` is the service's public URL. */
export function registerOb2Routes(app: FastifyInstance, store: Store, baseUrl: () => string): void {
  app.get<{ Params: { id: string } }>('/ob2/assertions/:id', async (request, reply) => {
    const { id } = request.params;
    const record = id.length <= MAX_ID ? await store.getCredential(id) : undefined;
    const mc = record && microCredentialOf(record);
    if (!record || !mc) return notFound(reply, 'Open Badges 2.0 assertion');
    const url = `${baseUrl().replace(/\/+$/, '')}${ob2Paths.assertion(id)}`;
    // OB 2.0 hosted revocation: 410 Gone, with revoked: true. Suspension has no 2.0 form: the same.
    if (record.status !== 'active') {
      return send(reply, 410, { '@context': OB_V2_CONTEXT, type: 'Assertion', id: url, revoked: true, revocationReason: record.statusReason ?? record.status });
    }
    return send(reply, 200, toOpenBadge2(mc, { baseUrl: baseUrl() }).assertion);
  });

  app.get<{ Params: { id: string } }>('/ob2/badges/:id', async (request, reply) => {
    const { id } = request.params;
    if (id.length > MAX_ID) return notFound(reply, 'badge');
    const [record] = (await store.listCredentials({ achievementId: id, limit: 1 })).items;
    const mc = record && microCredentialOf(record);
    if (!mc) return notFound(reply, 'badge');
    return send(reply, 200, toOpenBadge2(mc, { baseUrl: baseUrl() }).badge);
  });

  app.get('/ob2/issuer', async (_request, reply) => {
    const [record] = (await store.listCredentials({ limit: 1 })).items;
    const mc = record && microCredentialOf(record);
    if (!mc) return notFound(reply, 'issuer profile (nothing is published yet)');
    return send(reply, 200, toOpenBadge2(mc, { baseUrl: baseUrl() }).issuer);
  });
}
