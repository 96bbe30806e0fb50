#pragma once

// How long a test waits for something event-driven (a reply from the in-process emulator, a
// model filling up, a menu opening) before calling it a failure. A passing test never waits
// this long: the wait ends the moment the condition holds. It is generous so that a slow run
// (a sanitizer build, two busy cores) is not mistaken for a broken one.
constexpr int TestTimeoutMs = 60000;
