/**
 * Type-level tests of the error families (checked by `tsc`, which `npm test` runs first): each
 * class's `code` is its family's union, and a code outside it does not compile.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type CheckCode,
  type ErrorCode,
  KeyError,
  MicrocredError,
  StoreError,
  type KeyErrorCode,
  type StoreErrorCode,
} from '../../src/errors.js';
import { STORE_ERROR_CODES } from '../../src/error-codes.js';
import type { Check } from '../../src/verify/report.js';

describe('types: error codes', () => {
  it('types each family by its own union', () => {
    expectTypeOf<StoreError['code']>().toEqualTypeOf<StoreErrorCode>();
    expectTypeOf<KeyError['code']>().toEqualTypeOf<KeyErrorCode>();
    expectTypeOf<MicrocredError['code']>().toEqualTypeOf<ErrorCode>();
    expectTypeOf<'ERR_STORE_FULL'>().toExtend<StoreErrorCode>();
    expectTypeOf<StoreErrorCode>().toExtend<ErrorCode>();
    expectTypeOf<ErrorCode>().toExtend<CheckCode>();
    expectTypeOf<'ERR_PROOF_INVALID'>().toExtend<NonNullable<Check['code']>>();
    expect(Object.keys(STORE_ERROR_CODES)).toContain('ERR_STORE_FULL');
  });

  it('refuses a code outside the family', () => {
    const error = new StoreError('ERR_STORE_NOT_FOUND', 'No credential with id x is recorded.');
    expect(error).toBeInstanceOf(MicrocredError);
    expect(error.code).toBe('ERR_STORE_NOT_FOUND');
    // @ts-expect-error a typo is not a StoreErrorCode
    expect(new StoreError('ERR_STORE_NOTFOUND', 'x').code).toBe('ERR_STORE_NOTFOUND');
    // @ts-expect-error a KeyError code is not a StoreErrorCode
    expect(new StoreError('ERR_KEY_OPTIONS', 'x').code).toBe('ERR_KEY_OPTIONS');
    // A switch is checked: comparing with a code the family cannot carry does not compile.
    // @ts-expect-error 'ERR_KEY_OPTIONS' and StoreErrorCode have no overlap
    expect(error.code === 'ERR_KEY_OPTIONS').toBe(false);
  });

  it('lets you define your own family', () => {
    class MyError extends MicrocredError<'MY_CODE'> {}
    expectTypeOf<MyError['code']>().toEqualTypeOf<'MY_CODE'>();
    expect(new MyError('MY_CODE', 'mine').name).toBe('MyError');
  });
});
