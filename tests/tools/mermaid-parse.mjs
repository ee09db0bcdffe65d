// node tests/tools/mermaid-parse.mjs FILE...: parses each Mermaid file with mermaid's own parser and
// prints "ok FILE" or "error FILE: message" per file; exits 1 when any file does not parse. For the
// topology tests (tests/topology/tst_topology.cpp); never used at run time.
import { readFileSync } from 'node:fs';
import DOMPurify from 'dompurify';

// DOMPurify needs a browser DOM, which node has not; mermaid calls it only to clean the HTML of labels
// before drawing, never to parse. Without a DOM it has no methods at all, so give it inert ones.
for (const name of ['addHook', 'removeHook', 'removeHooks', 'removeAllHooks', 'setConfig', 'clearConfig'])
  DOMPurify[name] = () => {};
DOMPurify.sanitize = (text) => text;
const { default: mermaid } = await import('mermaid');

let failed = false;
for (const file of process.argv.slice(2)) {
  try {
    const result = await mermaid.parse(readFileSync(file, 'utf8'));
    console.log(`ok ${file} ${result.diagramType}`);
  } catch (e) {
    failed = true;
    console.log(`error ${file}: ${String(e.message || e).replace(/\n/g, ' ')}`);
  }
}
process.exit(failed ? 1 : 0);
