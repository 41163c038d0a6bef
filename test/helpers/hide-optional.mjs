// node --import ./test/helpers/hide-optional.mjs …: the optional peer dependencies cannot be
// found, as in a verify-only install (Node's own ERR_MODULE_NOT_FOUND from a resolve hook).
import { register } from 'node:module';

register('./hide-optional-hooks.mjs', import.meta.url);
