// The octokit.js row of tests/bench/export-bench.sh: GitHub's official JavaScript SDK
// (@octokit/rest, pinned in tests/conformance/package-lock.json) reads every deployment with
// octokit.paginate, then every deployment's statuses, four at a time, the way a script would.
// Usage: GITHUB_TOKEN=... NODE_EXTRA_CA_CERTS=ca.pem node octokit-export.mjs BASE_URL OWNER REPO
// Prints one JSON line: {"ms", "deployments", "statuses", "requests"}.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// @octokit/rest lives with the other pinned npm tools, in tests/conformance/node_modules.
const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'conformance',
                        'node_modules', '@octokit', 'rest');
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const entry = manifest.exports?.['.']?.import ?? manifest.exports?.['.']?.default ??
              manifest.module ?? manifest.main;
const { Octokit } = await import(pathToFileURL(join(packageDir, typeof entry === 'string'
                                                    ? entry : entry.default)));

const [baseUrl, owner, repo] = process.argv.slice(2);
const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN, baseUrl });
let requests = 0;
octokit.hook.before('request', () => { requests++; });

const start = Date.now();
const deployments = await octokit.paginate(octokit.rest.repos.listDeployments,
                                           { owner, repo, per_page: 100 });
let next = 0;
let statuses = 0;
async function worker() {
  while (next < deployments.length) {
    const deployment = deployments[next++];
    const list = await octokit.paginate(octokit.rest.repos.listDeploymentStatuses,
                                        { owner, repo, deployment_id: deployment.id,
                                          per_page: 100 });
    statuses += list.length;
  }
}
await Promise.all([worker(), worker(), worker(), worker()]);
console.log(JSON.stringify({ ms: Date.now() - start, deployments: deployments.length, statuses,
                             requests }));
