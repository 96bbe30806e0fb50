#!/bin/sh
# Runs a command in its own D-Bus session bus (dbus-run-session), never the user's: nothing
# else owns org.freedesktop.Notifications there unless the test registers it.
# Usage: run-with-bus.sh COMMAND [ARGUMENTS...]
set -eu
if ! command -v dbus-run-session >/dev/null 2>&1; then
    echo "run-with-bus: needs dbus-run-session (package dbus-daemon; scripts/bootstrap)" >&2
    exit 1
fi
exec dbus-run-session -- "$@"
