/**
 * Open Badges 3.0 baking in SVG: one `<openbadges:credential>` element in the namespace
 * https://purl.imsglobal.org/ob/v3p0, right after the `<svg>` tag, holding the JSON credential
 * in CDATA or the compact VC-JWT in its `verify` attribute.
 */
import { DOMParser, type Document, type Element, XMLSerializer } from '@xmldom/xmldom';
import { InvalidArgumentError } from '../errors.js';
import { COMPACT_JWT as JWT } from '../formats/jwt.js';
import { isSvg } from './svg-detect.js';

export { isSvg, SVG_PROLOG_MAX } from './svg-detect.js';

export const OB_NAMESPACE = 'https://purl.imsglobal.org/ob/v3p0';
/** Open Badges 2.0 SVG baking: `<openbadges:assertion>` in this namespace. Read, never written. */
export const OB2_NAMESPACE = 'http://openbadges.org';

function parse(svg: string): Document {
  let problem: string | undefined;
  let document: Document;
  try {
    document = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') problem ??= message;
      },
    }).parseFromString(svg, 'image/svg+xml');
  } catch (error) {
    throw new InvalidArgumentError('ERR_SVG_INVALID', `Not a well-formed SVG: ${(error as Error).message}`);
  }
  if (problem) throw new InvalidArgumentError('ERR_SVG_INVALID', `Not a well-formed SVG: ${problem}`);
  const root = document.documentElement;
  if (!root || root.localName !== 'svg') throw new InvalidArgumentError('ERR_SVG_INVALID', 'The root element is not <svg>.');
  return document;
}

function credentialElements(document: Document): Element[] {
  return Array.from(document.getElementsByTagNameNS(OB_NAMESPACE, 'credential'));
}

/**
 * Bakes a credential (object, JSON text or compact JWT) into an SVG document. An earlier baked
 * credential is replaced; the rest of the document, other namespaces included, is kept.
 */
export function bakeSvg(svg: string, credential: object | string): string {
  const document = parse(svg);
  const root = document.documentElement!;
  for (const old of credentialElements(document)) old.parentNode?.removeChild(old);
  root.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:openbadges', OB_NAMESPACE);
  const element = document.createElementNS(OB_NAMESPACE, 'openbadges:credential');
  const text = typeof credential === 'string' ? credential.trim() : JSON.stringify(credential);
  if (JWT.test(text)) {
    element.setAttribute('verify', text);
  } else {
    // A CDATA section cannot contain "]]>": split it across sections.
    text.split(']]>').forEach((part, i, parts) => {
      element.appendChild(document.createCDATASection(i < parts.length - 1 ? `${part}]]` : part));
      if (i < parts.length - 1) element.appendChild(document.createCDATASection('>'));
    });
  }
  root.insertBefore(element, root.firstChild);
  return new XMLSerializer().serializeToString(document);
}

/**
 * The baked credential text of an SVG (JSON or compact JWT; for an Open Badges 2.0
 * `<openbadges:assertion>` also an assertion URL), or `undefined` when none is baked.
 */
export function unbakeSvg(svg: string): string | undefined {
  const document = parse(svg);
  const found = [...credentialElements(document), ...Array.from(document.getElementsByTagNameNS(OB2_NAMESPACE, 'assertion'))];
  if (found.length > 1) throw new InvalidArgumentError('ERR_BAKED_AMBIGUOUS', 'The SVG holds more than one baked credential.');
  const [element] = found;
  if (!element) return undefined;
  const verify = element.getAttribute('verify');
  const content = (element.textContent ?? '').trim();
  // OB 2.0 puts the hosted assertion in the content and its URL in `verify`: the content wins.
  if (element.namespaceURI === OB2_NAMESPACE && content) return content;
  if (verify) return verify;
  return content || undefined;
}
