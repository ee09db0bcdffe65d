#!/usr/bin/env node
// Checks generated export files with the real parsers: HashiCorp's HCL parser (@cdktf/hcl2json) for
// .tf / .tfvars / .hcl, plus a check that every reference between Terraform blocks resolves;
// @readme/openapi-parser for OpenAPI, @asyncapi/parser for AsyncAPI, graphql for SDL.
// Usage: node check-exports.mjs FILE...   Prints one line per problem; exit code 0 when all are fine.
import { readFileSync } from "node:fs";
import { dirname, resolve, join, basename } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const hcl = require("@cdktf/hcl2json");

const problems = [];
// GW_EXPECT_LITERAL: a text that must come out of the HCL files as a string value, exactly. In the
// JSON form of HCL a literal "${" is written "$${" (and "%{" as "%%{"), so compare in that form.
const literal = process.env.GW_EXPECT_LITERAL;
const literalInJson = literal?.replaceAll("${", () => "$${").replaceAll("%{", () => "%%{");
let literalFound = false;
const tfByDir = new Map(); // directory -> [{file, json}]

function strings(value, out = []) {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => strings(v, out));
  return out;
}

async function checkHcl(file, text) {
  try {
    const json = await hcl.parse(basename(file), text);
    if (literalInJson && strings(json).includes(literalInJson)) literalFound = true;
    if (file.endsWith(".tf")) {
      const dir = dirname(resolve(file));
      if (!tfByDir.has(dir)) tfByDir.set(dir, []);
      tfByDir.get(dir).push({ file, json });
    }
  } catch (e) {
    problems.push(`${file}: HCL parse error: ${String(e).split("\n")[0]}`);
  }
}

function definitions(entries) {
  const d = { variable: new Map(), local: new Set(), module: new Map(), resource: new Set(), data: new Set(), output: new Set() };
  for (const { json } of entries) {
    for (const [name, bodies] of Object.entries(json.variable ?? {})) d.variable.set(name, bodies[0] ?? {});
    for (const block of json.locals ?? []) Object.keys(block).forEach((k) => d.local.add(k));
    for (const [name, bodies] of Object.entries(json.module ?? {})) d.module.set(name, bodies[0] ?? {});
    for (const [type, named] of Object.entries(json.resource ?? {})) Object.keys(named).forEach((n) => d.resource.add(`${type}.${n}`));
    for (const [type, named] of Object.entries(json.data ?? {})) Object.keys(named).forEach((n) => d.data.add(`${type}.${n}`));
    for (const name of Object.keys(json.output ?? {})) d.output.add(name);
  }
  return d;
}

function checkReferences() {
  const defs = new Map();
  for (const [dir, entries] of tfByDir) defs.set(dir, definitions(entries));
  const provider = /(?<![\w.])((?:aws|google|azurerm)_[a-z0-9_]+)\.([A-Za-z_][A-Za-z0-9_-]*)/g;
  const named = /(?<![\w.])(var|local|module|data)\.([A-Za-z_][A-Za-z0-9_-]*)(?:\.([A-Za-z_][A-Za-z0-9_-]*))?(?:\.([A-Za-z_][A-Za-z0-9_-]*))?/g;
  for (const [dir, entries] of tfByDir) {
    const d = defs.get(dir);
    for (const { file, json } of entries) {
      for (const s of strings(json)) {
        if (!s.includes("${")) continue;
        for (const m of s.matchAll(named)) {
          const [, kind, a, b, c] = m;
          if (kind === "var" && !d.variable.has(a)) problems.push(`${file}: var.${a} is not declared`);
          if (kind === "local" && !d.local.has(a)) problems.push(`${file}: local.${a} is not defined`);
          if (kind === "data" && !d.data.has(`${a}.${b}`)) problems.push(`${file}: data.${a}.${b} is not defined`);
          if (kind === "module") {
            if (!d.module.has(a)) { problems.push(`${file}: module.${a} is not defined`); continue; }
            const source = d.module.get(a).source;
            const target = defs.get(resolve(dir, source));
            if (target && b && !target.output.has(b)) problems.push(`${file}: module.${a}.${b} is not an output of ${source}`);
          }
        }
        for (const m of s.matchAll(provider)) {
          const ref = `${m[1]}.${m[2]}`;
          const before = s.slice(Math.max(0, m.index - 5), m.index);
          if (before.endsWith("data.")) continue; // a data source, checked above
          if (!d.resource.has(ref)) problems.push(`${file}: ${ref} is not a resource here`);
        }
      }
      // Every module call gives exactly the module's variables, and all those without a default.
      for (const [name, bodies] of Object.entries(json.module ?? {})) {
        const body = bodies[0] ?? {};
        const target = defs.get(resolve(dir, body.source ?? ""));
        if (!target) { problems.push(`${file}: module.${name} source ${body.source} was not given to check`); continue; }
        for (const arg of Object.keys(body)) {
          if (["source", "version", "count", "for_each", "providers", "depends_on"].includes(arg)) continue;
          if (!target.variable.has(arg)) problems.push(`${file}: module.${name} sets ${arg}, which ${body.source} does not declare`);
        }
        for (const [v, decl] of target.variable) {
          if (!("default" in decl) && !(v in body)) problems.push(`${file}: module.${name} does not set required variable ${v}`);
        }
      }
    }
  }
}

async function checkOpenApi(file) {
  const { validate } = require("@readme/openapi-parser");
  try {
    const result = await validate(file);
    if (result && result.valid === false) problems.push(`${file}: OpenAPI: ${JSON.stringify(result.errors ?? result).slice(0, 500)}`);
  } catch (e) {
    problems.push(`${file}: OpenAPI: ${String(e.message ?? e).split("\n")[0]}`);
  }
}

async function checkAsyncApi(file, text) {
  const { Parser } = require("@asyncapi/parser");
  const parser = new Parser();
  const { diagnostics } = await parser.parse(text);
  for (const d of diagnostics.filter((x) => x.severity === 0))
    problems.push(`${file}: AsyncAPI: ${d.message} at ${d.path.join(".")}`);
}

function checkGraphql(file, text) {
  const { buildSchema } = require("graphql");
  try {
    buildSchema(text);
  } catch (e) {
    problems.push(`${file}: GraphQL: ${String(e.message).split("\n")[0]}`);
  }
}

for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, "utf8");
  if (/\.(tf|tfvars|hcl)$/.test(file)) await checkHcl(file, text);
  else if (file.endsWith(".graphql")) checkGraphql(file, text);
  else if (/^openapi:/m.test(text)) await checkOpenApi(file);
  else if (/^asyncapi:/m.test(text)) await checkAsyncApi(file, text);
  else problems.push(`${file}: no checker for this file`);
}
checkReferences();
if (literal && !literalFound) problems.push(`no HCL file holds the literal text ${JSON.stringify(literal)}`);
for (const p of problems) console.log(p);
process.exit(problems.length ? 1 : 0);
