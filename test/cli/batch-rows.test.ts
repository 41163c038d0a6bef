import { describe, expect, it } from 'vitest';
import { documentFromCsv } from '../../src/batch/rows.js';

describe('batch rows: CSV cells over the course template', () => {
  const template = { title: { en: 'AI research' }, learner: { name: 'Template' }, grade: { scale: 'A-F' }, tags: ['x'] };
  const frozen = structuredClone(template);

  it('sets dotted paths and the student number without changing the template or other rows', () => {
    const a = documentFromCsv(template, { 'learner.name': 'Ana', 'learner.studentId': 'S1', 'grade.passed': 'true', 'grade.value': 'A', id: '' });
    const b = documentFromCsv(template, { 'learner.name': 'Beka', 'title.ka': 'ხელოვნური ინტელექტი' });
    expect(a).toEqual({ title: { en: 'AI research' }, learner: { name: 'Ana', identifiers: [{ type: 'studentId', value: 'S1' }] }, grade: { scale: 'A-F', passed: true, value: 'A' }, tags: ['x'] });
    expect(b).toEqual({ title: { en: 'AI research', ka: 'ხელოვნური ინტელექტი' }, learner: { name: 'Beka' }, grade: { scale: 'A-F' }, tags: ['x'] });
    expect(template).toEqual(frozen);
  });

  it('creates objects a template lacks and ignores prototype paths', () => {
    const doc = documentFromCsv({}, { 'learner.id': 'did:example:1', '__proto__.polluted': 'yes', 'a.constructor.b': 'no' });
    expect(doc).toEqual({ learner: { id: 'did:example:1' }, a: {} });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
