#pragma once

#include <QtGlobal>

// What a server can make the client hold or wait for. Each limit says why it is what it is;
// past one, the call ends with a clear error instead of growing or waiting without bound.
namespace ClientLimits {

// Largest answer body kept for one request, counted after decompression: Qt inflates gzip and
// deflate answers by itself, and a 32 KiB gzip answer can expand a thousandfold. GitHub's
// largest page (100 deployments with big payloads) is a few MiB.
constexpr qint64 maxResponseBytes = qint64(32) * 1024 * 1024;

// Pages one list call follows. 1,000 pages of 100 are 100,000 deployments (or statuses of one
// deployment), far beyond real repositories; a Link header that loops or never ends stops here.
// A `next` link back to a page already read ends the call at once.
constexpr int maxPagesFollowed = 1000;

// Longest `Retry-After` honoured: GitHub's secondary limits ask for seconds to a few minutes.
// A longer value is waited for this long, then the call tries again (and ends after
// maximumRateLimitWaits such waits).
constexpr qint64 maxRetryAfterSeconds = 15 * 60;

// Longest wait for `x-ratelimit-reset`: GitHub's primary limit resets within the hour.
constexpr qint64 maxRateLimitResetSeconds = 60 * 60 + 60;

// GitHub's `message` as shown in the UI and on the command line: longer text (an HTML page,
// a stack trace from a proxy) is cut with "…". GitHub's own messages are under 200 characters.
constexpr int maxShownMessageLength = 300;
// Field errors shown from one answer (GitHub sends one per refused field: a handful).
constexpr int maxShownFieldErrors = 5;

} // namespace ClientLimits
