// Checks GraphQL documents and answers against GitHub's published schema
// (@octokit/graphql-schema, schema.graphql) with the reference implementation (graphql-js).
// Usage: node graphql-check.mjs CASES.json
// CASES.json: [{"name": "...", "query": "...", "variables": {...}, "response": {...}?,
//               "expectInvalid": true?}]
// For each case: the document must validate against the schema and its variables must coerce
// to the operation's variable types; when a response is given, its `data` is executed back
// through the schema (each field read by its response key), so a missing non-null field, a
// wrong scalar or an unknown enum value is an error. DateTime and URI are checked by shape.
// A case with expectInvalid must be refused. Prints one line per case; exits 1 on any failure.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildSchema, parse, validate, execute, getOperationAST, GraphQLError,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values.js';

// The package exports only its JS; the SDL file sits beside it in node_modules.
const schemaPath = join(dirname(fileURLToPath(import.meta.url)), 'node_modules', '@octokit',
                        'graphql-schema', 'schema.graphql');
// assumeValidSDL: 15.26.1's SDL defines two EnterpriseOwnerInfo fields twice (identically),
// which buildSchema's SDL check refuses; nothing we query is near them.
const schema = buildSchema(readFileSync(schemaPath, 'utf8'), { assumeValidSDL: true });

const dateTime = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
function checkedScalar(name, test) {
  const type = schema.getType(name);
  type.serialize = (value) => {
    if (typeof value !== 'string' || !test(value))
      throw new GraphQLError(`${name} cannot represent ${JSON.stringify(value)}`);
    return value;
  };
}
checkedScalar('DateTime', (v) => dateTime.test(v));
checkedScalar('URI', (v) => { try { new URL(v); return true; } catch { return false; } });

const cases = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let failures = 0;
for (const c of cases) {
  const problems = [];
  let document;
  try {
    document = parse(c.query);
  } catch (e) {
    problems.push(`syntax: ${e.message}`);
  }
  if (document) {
    for (const e of validate(schema, document))
      problems.push(`invalid: ${e.message}`);
    const operation = problems.length ? null : getOperationAST(document, c.operationName);
    if (operation) {
      const coerced = getVariableValues(schema, operation.variableDefinitions ?? [],
                                        c.variables ?? {});
      for (const e of coerced.errors ?? [])
        problems.push(`variables: ${e.message}`);
      if (c.response && !coerced.errors) {
        if (c.response.errors)
          problems.push(`answer has errors: ${JSON.stringify(c.response.errors).slice(0, 300)}`);
        const result = execute({
          schema,
          document,
          rootValue: c.response.data,
          variableValues: c.variables ?? {},
          fieldResolver: (source, args, context, info) =>
            source == null ? null : source[info.path.key],
          // Interfaces in our queries: Actor answers carry __typename; node() is a Deployment.
          typeResolver: (value) => value.__typename ?? 'Deployment',
        });
        for (const e of result.errors ?? [])
          problems.push(`answer: ${e.message} at ${(e.path ?? []).join('.')}`);
      }
    }
  }
  const refused = problems.length > 0;
  const ok = c.expectInvalid ? refused : !refused;
  if (!ok)
    failures++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${c.name}` +
              (problems.length ? `: ${problems.slice(0, 5).join('; ')}` : '') +
              (c.expectInvalid && !refused ? ': GitHub would refuse it, the check did not' : ''));
}
console.log(`${cases.length - failures} of ${cases.length} cases conform`);
process.exit(failures ? 1 : 0);
