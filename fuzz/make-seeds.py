#!/usr/bin/env python3
"""Writes fuzz/corpus/<target>/ from the recorded GitHub answers in ../shared/reference/ (or
$DEPLOYDECK_REFERENCE) and the tests' fixtures (tests/data/). Run once; the seeds are committed.
Each seed is named after where it came from."""
import json, os, struct, sys, zlib, glob

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
reference = os.environ.get('DEPLOYDECK_REFERENCE', os.path.join(root, '..', 'shared', 'reference'))
if not os.path.isdir(reference):
    reference = '/work/shared/reference'
data = os.path.join(root, 'tests', 'data')


def write(target, name, content):
    directory = os.path.join(here, 'corpus', target)
    os.makedirs(directory, exist_ok=True)
    if isinstance(content, str):
        content = content.encode()
    with open(os.path.join(directory, name), 'wb') as f:
        f.write(content)


def read(path):
    with open(path, 'rb') as f:
        return f.read()


def copy(target, pattern, prefix):
    for path in sorted(glob.glob(pattern)):
        write(target, prefix + os.path.basename(path), read(path))


# JSON parsers: fixtures and recorded payloads
copy('fuzz_deployment_json', os.path.join(data, 'client/openapi/deployment*.json'), 'openapi-')
copy('fuzz_deployment_json', os.path.join(data, 'models/deployments.json'), 'fixture-')
for path in sorted(glob.glob(os.path.join(reference, 'webhooks/deployment-*.json'))):
    hook = json.load(open(path))
    write('fuzz_deployment_json', 'webhook-' + os.path.basename(path),
          json.dumps([hook.get('deployment', hook)]))
copy('fuzz_status_json', os.path.join(data, 'client/openapi/deployment-status*.json'), 'openapi-')
copy('fuzz_status_json', os.path.join(data, 'models/statuses.json'), 'fixture-')
for path in sorted(glob.glob(os.path.join(reference, 'webhooks/deployment_status-*.json'))):
    hook = json.load(open(path))
    write('fuzz_status_json', 'webhook-' + os.path.basename(path),
          json.dumps([hook.get('deployment_status', hook)]))
copy('fuzz_environment_json', os.path.join(data, 'client/openapi/environments.json'), 'openapi-')
for path in sorted(glob.glob(os.path.join(reference, 'webhooks/*.json'))):
    hook = json.load(open(path))
    for key in ('sender',):
        if key in hook:
            write('fuzz_user_json', 'webhook-sender-' + os.path.basename(path), json.dumps(hook[key]))
    deployment = hook.get('deployment') or {}
    if deployment.get('creator'):
        write('fuzz_user_json', 'creator-' + os.path.basename(path), json.dumps(deployment['creator']))

# Error bodies: first byte picks the status (see fuzz_error_json.cpp)
errors = json.load(open(os.path.join(reference, 'recorded/errors.json')))
for i, answer in enumerate(errors):
    write('fuzz_error_json', 'recorded-%d' % i, bytes([5]) + json.dumps(answer.get('response')).encode())
fixture_errors = json.load(open(os.path.join(data, 'client/errors.json')))
items = fixture_errors if isinstance(fixture_errors, list) else list(fixture_errors.values())
for i, item in enumerate(items):
    body = item.get('response', item) if isinstance(item, dict) else item
    write('fuzz_error_json', 'fixture-%d' % i, bytes([i % 12]) + json.dumps(body).encode())
write('fuzz_error_json', 'html-502', bytes([0x88]) + b'<html><h1>502 Bad Gateway</h1></html>')
write('fuzz_error_json', 'sso', bytes([2]) + b'required; url=https://github.com/orgs/acme/sso?authorization_request=x')

# Headers: Link and rate limits from the recorded pagination, plus the shapes GitHub sends
for path in sorted(glob.glob(os.path.join(reference, 'recorded/*.json'))):
    recorded = json.load(open(path))
    for i, answer in enumerate(recorded if isinstance(recorded, list) else []):
        headers = answer.get('headers', {})
        name = os.path.basename(path)[:-5] + '-%d' % i
        if 'link' in headers:
            write('fuzz_link_header', name, headers['link'])
        lines = ''.join('%s: %s\n' % (k, v) for k, v in headers.items()
                        if k.startswith('x-ratelimit') or k == 'retry-after')
        if lines:
            write('fuzz_rate_limit_headers', name, lines)
write('fuzz_link_header', 'commas-in-url',
      '<https://api.github.com/repositories/1/deployments?cursor=a,b;c&page=2>; rel="next", '
      '<https://api.github.com/x?page=9>; rel="last"')
write('fuzz_rate_limit_headers', 'retry-after-seconds', 'retry-after: 60\n')
write('fuzz_rate_limit_headers', 'retry-after-date', 'Retry-After: Wed, 21 Oct 2015 07:28:00 GMT\n')
write('fuzz_rate_limit_headers', 'exhausted',
      'x-ratelimit-limit: 5000\nx-ratelimit-remaining: 0\nx-ratelimit-used: 5000\n'
      'x-ratelimit-reset: 1700003600\nx-ratelimit-resource: core\n')


# The ETag cache file: QDataStream (big-endian) magic, version, count, then per entry
# url, etag, link, content type, body (qCompress: 4-byte size + zlib).
def qbytearray(b):
    return struct.pack('>I', len(b)) + b


def qcompress(b):
    return struct.pack('>I', len(b)) + zlib.compress(b, 1)


def cache_file(entries):
    out = struct.pack('>IIi', 0x44444543, 3, len(entries))
    for url, etag, link, body in entries:
        out += qbytearray(url) + qbytearray(etag) + qbytearray(link) + \
            qbytearray(b'application/json; charset=utf-8') + qbytearray(qcompress(body))
    return out


deployments = read(os.path.join(data, 'models/deployments.json'))
statuses = read(os.path.join(data, 'models/statuses.json'))
write('fuzz_etag_cache', 'two-entries', cache_file([
    (b'/repos/acme/storefront/deployments?per_page=100', b'W/"abc"',
     b'<https://api.github.com/x?page=2>; rel="next"', deployments),
    (b'/repos/acme/storefront/deployments/1/statuses?per_page=100', b'"def"', b'', statuses)]))
write('fuzz_etag_cache', 'empty', cache_file([]))
print('seeds written to', os.path.join(here, 'corpus'))
