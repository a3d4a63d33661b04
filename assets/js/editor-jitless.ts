import { config } from "zod";

/*
 * zod compiles object validators with `new Function` where the page allows it, and finds out by
 * trying once; under the editor's CSP (no 'unsafe-eval') that attempt is reported as a violation.
 * The preview's modules validate as they load (lib/content/regions.ts), so this is imported first.
 */
config({ jitless: true });
