/**
 * Each problem once: the schema's "is missing" (REQUIRED) and a profile rule about the same
 * missing field (e.g. LEARNER_NOT_IDENTIFIED at /learner) are one problem for the registrar, so
 * a missing field's other errors at the same place are dropped; exact repeats too.
 */
export function onePerProblem<T extends { pointer: string; code: string; message: string }>(errors: readonly T[]): T[] {
  const missing = new Set(errors.filter((e) => e.code === 'REQUIRED').map((e) => e.pointer));
  const seen = new Set<string>();
  return errors.filter((e) => {
    const line = `${e.pointer}\u0000${e.code}\u0000${e.message}`;
    if (seen.has(line) || (e.code !== 'REQUIRED' && missing.has(e.pointer))) return false;
    seen.add(line);
    return true;
  });
}
