import { readFileSync } from 'node:fs';
import jsonldContext from 'jsonld/lib/context.js';
import { toOpenBadge, createDocumentLoader } from '../../src/index.js';
import { expand } from '../../src/jsonld/expand.js';
const ex = JSON.parse(readFileSync('examples/ge-ai-research.json', 'utf8'));
const loader = createDocumentLoader();
const orig = jsonldContext.process;
let calls = 0; const reasons: Record<string, number> = {};
(jsonldContext as any).process = async (args: any) => { calls++; const h = args.options.eventHandler; const r = await orig(args); return r; };
const doc = toOpenBadge(ex, { issuer: 'did:example:i' });
for (let i = 0; i < 3; i++) { calls = 0; await expand(structuredClone(doc), { documentLoader: loader, base: null, safe: true }, { seen: (c) => c }); console.log('call', i, 'process calls', calls); }
