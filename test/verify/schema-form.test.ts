/**
 * The schema check on credentials from other issuers: plain-JSON form findings that JSON-LD
 * makes irrelevant (a single value for an array, an IRI string for issuer or image) warn with
 * WARN_SCHEMA_FORM and a pointer; anything else fails; microcred's own credentials stay strict.
 */
import { describe, expect, it } from 'vitest';
import { CONTEXTS } from '../../src/loader/contexts.js';
import { SCHEMA_FORM_ROUNDS, checkSchema } from '../../src/verify/checks/schema.js';
import { type Obj, fullCredential, minimalCredential, toVc1p1 } from '../ob3-schema/corpus.js';

const pointers = (check: ReturnType<typeof checkSchema>): string[] => ((check.details ?? []) as { pointer: string }[]).map((d) => d.pointer);

describe('schema check: JSON-LD forms on third-party credentials', () => {
  it('passes the full credential as it is', () => {
    expect(checkSchema(fullCredential())).toMatchObject({ status: 'pass' });
  });

  it('warns on a single proof object, string issuer.type and an image IRI, with pointers', () => {
    const c: Obj = fullCredential();
    c.proof = c.proof[0];
    c.issuer.type = 'Profile';
    c.image = 'https://tsu.example.ge/badge.png';
    c.credentialSubject.type = 'AchievementSubject';
    const check = checkSchema(c);
    expect(check).toMatchObject({ status: 'warn', code: 'WARN_SCHEMA_FORM' });
    expect(pointers(check).sort()).toEqual(['/credentialSubject/type', '/image', '/issuer/type', '/proof']);
  });

  it('warns on a string issuer on the VC 1.1 envelope (its schema wants a Profile object)', () => {
    const c: Obj = toVc1p1(minimalCredential());
    c.name = 'Minimal';
    const check = checkSchema(c);
    expect(check).toMatchObject({ status: 'warn', code: 'WARN_SCHEMA_FORM' });
    expect(pointers(check)).toContain('/issuer');
  });

  it('still fails on findings JSON-LD does not excuse, and lists the forms beside them', () => {
    const c: Obj = fullCredential();
    c.proof = c.proof[0];
    c.credentialSubject.type = ['InvalidAchievementSubject'];
    const check = checkSchema(c);
    expect(check).toMatchObject({ status: 'fail', code: 'ERR_SCHEMA' });
    expect(pointers(check)).toContain('/proof');
  });

  it('never rewrites @context, and a missing required property stays a failure', () => {
    const c: Obj = fullCredential();
    c['@context'] = CONTEXTS.CREDENTIALS_V2;
    expect(checkSchema(c)).toMatchObject({ status: 'fail', code: 'ERR_SCHEMA' });
    const d: Obj = fullCredential();
    delete d.validFrom;
    d.proof = d.proof[0];
    expect(checkSchema(d)).toMatchObject({ status: 'fail', code: 'ERR_SCHEMA' });
  });

  it('keeps microcred-issued credentials (its extension context) to the strict schema', () => {
    const c: Obj = fullCredential();
    c['@context'] = [...c['@context'], CONTEXTS.MICROCRED_V1];
    expect(checkSchema(c)).toMatchObject({ status: 'pass' });
    c.proof = c.proof[0];
    expect(checkSchema(c)).toMatchObject({ status: 'fail', code: 'ERR_SCHEMA' });
  });

  it(`stops after ${SCHEMA_FORM_ROUNDS} rounds of nested forms and reports what remains`, () => {
    // Each round unwraps one level: an endorsement chain deeper than the bound is not normalised to the end.
    const c: Obj = fullCredential();
    const template: Obj = structuredClone(c.endorsement[0]);
    let node: Obj = c;
    for (let i = 0; i <= SCHEMA_FORM_ROUNDS; i++) {
      const inner: Obj = structuredClone(template);
      node.endorsement = inner; // single value where an array is wanted, nested one level deeper each time
      node = inner.issuer;
    }
    const check = checkSchema(c);
    expect(check).toMatchObject({ status: 'fail', code: 'ERR_SCHEMA' });
    const forms = (check.details as { code: string }[]).filter((d) => d.code === 'SCHEMA_FORM');
    expect(forms.length).toBe(SCHEMA_FORM_ROUNDS);
  });
});
