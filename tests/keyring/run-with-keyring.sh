#!/bin/sh
# Runs a command in its own D-Bus session with a real Secret Service: gnome-keyring-daemon,
# its login keyring unlocked with an empty password, kept in a temporary XDG_DATA_HOME (never
# the user's keyrings). Usage: run-with-keyring.sh COMMAND [ARGUMENTS...]
set -eu
if ! command -v dbus-run-session >/dev/null 2>&1 || ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
    echo "run-with-keyring: needs dbus-run-session and gnome-keyring-daemon (scripts/bootstrap)" >&2
    exit 1
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT INT TERM
mkdir -p "$scratch/data" "$scratch/runtime"
chmod 700 "$scratch/runtime"
export XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/runtime"
status=0
dbus-run-session -- sh -c '
    # A throwaway keyring: its password only has to be the same for create and unlock.
    printf "deploydeck-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1
    "$@"
    code=$?
    # The session ends with the command; the daemon goes with the bus.
    exit $code
' run-with-keyring "$@" || status=$?
exit $status
