import type { RenderOptions } from './options.js';
export async function renderSupplement(_credential: object | string, _options: RenderOptions = {}): Promise<Uint8Array> { throw new Error('todo'); }
