/**
 * Tolerant reading of EDC JSON-LD as producers write it: single values or arrays, language
 * maps with string or array values, the same node embedded in full several times or referenced
 * by its id. Nothing here throws on unexpected shapes; it returns undefined instead.
 */
import { type NoteKey, noteKeyOf } from './notes.js';
import { isJsonObject } from '../../json.js';

export type Json = Record<string, unknown>;

export const isObject = isJsonObject;
export const asArray = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

/** Keys never copied from input into a new object (prototype pollution). */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A string value: a string, or the first string of an array, or a JSON-LD value object's `@value`. */
export function stringOf(value: unknown): string | undefined {
  for (const item of asArray(value)) {
    if (typeof item === 'string') return item;
    if (isObject(item) && typeof item['@value'] === 'string') return item['@value'];
  }
  return undefined;
}

/** A language map with one string per language (the first, when a producer wrote arrays). */
export function langMapOf(value: unknown): Record<string, string> | undefined {
  if (!isObject(value)) return undefined;
  const out: Record<string, string> = {};
  for (const key of Object.keys(value)) {
    if (UNSAFE_KEYS.has(key) || key.startsWith('@')) continue;
    const text = asArray(value[key]).find((item): item is string => typeof item === 'string' && item !== '');
    if (text !== undefined) out[key] = text;
  }
  return Object.keys(out).length ? out : undefined;
}

/** The first text of a language map, preferring English. */
export function firstText(map: Record<string, string> | undefined): string | undefined {
  return map ? (map.en ?? Object.values(map)[0]) : undefined;
}

/** The `type` values of a node. */
export const typesOf = (node: Json | undefined): string[] => asArray(node?.type).filter((t): t is string => typeof t === 'string');
export const hasType = (node: Json | undefined, type: string): boolean => typesOf(node).includes(type);

/** Resolves nodes across a document: every embedding of one id is merged (first value of a key wins). */
export class NodeIndex {
  private readonly byId = new Map<string, Json>();

  constructor(root: unknown) {
    const stack: unknown[] = [root];
    while (stack.length) {
      const value = stack.pop();
      if (Array.isArray(value)) {
        for (const item of value) stack.push(item);
      } else if (isObject(value)) {
        if (typeof value.id === 'string') this.add(value.id, value);
        for (const key of Object.keys(value)) if (!UNSAFE_KEYS.has(key)) stack.push(value[key]);
      }
    }
  }

  private add(id: string, node: Json) {
    let merged = this.byId.get(id);
    if (!merged) this.byId.set(id, (merged = {}));
    for (const key of Object.keys(node)) if (!UNSAFE_KEYS.has(key) && !Object.hasOwn(merged, key)) merged[key] = node[key];
  }

  /** The node a value stands for: an embedded node (merged with its other embeddings) or a reference to one. */
  node(value: unknown): Json | undefined {
    if (typeof value === 'string') return this.byId.get(value);
    if (!isObject(value)) return undefined;
    return typeof value.id === 'string' ? (this.byId.get(value.id) ?? value) : value;
  }

  /** Every node among the values of a property. */
  nodes(value: unknown): Json[] {
    return asArray(value)
      .map((item) => this.node(item))
      .filter((item): item is Json => item !== undefined);
  }

  first(value: unknown): Json | undefined {
    return this.nodes(value)[0];
  }
}

/** The IRI of a concept value (embedded concept or plain IRI). */
export function conceptIdOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return isObject(value) && typeof value.id === 'string' ? value.id : undefined;
}

export const conceptIdsOf = (value: unknown): string[] => asArray(value).map(conceptIdOf).filter((id): id is string => id !== undefined);

/** A concept's English (or first) label. */
export const conceptLabelOf = (value: unknown): string | undefined => (isObject(value) ? firstText(langMapOf(value.prefLabel)) : undefined);

/** microcred's labelled notes of a node, by key, in document order. */
export function notesOf(index: NodeIndex, node: Json | undefined): Map<NoteKey, Json[]> {
  const out = new Map<NoteKey, Json[]>();
  for (const note of index.nodes(node?.additionalNote)) {
    const subject = conceptIdOf(index.node(note.subject) ?? note.subject);
    const key = subject === undefined ? undefined : noteKeyOf(subject);
    if (key === undefined) continue;
    out.set(key, [...(out.get(key) ?? []), note]);
  }
  return out;
}

/** The language map of a note. */
export const noteLiteralOf = (note: Json | undefined): Record<string, string> | undefined => langMapOf(note?.noteLiteral);
