#!/bin/sh
# Makes a throw-away certificate authority and a server certificate it signed, for tests only:
#   make-test-ca.sh DIR [SUBJECT_ALT_NAMES]
# DIR gets ca.pem, ca.key, server.pem, server.key (PEM, EC P-256, valid for 7 days).
# SUBJECT_ALT_NAMES defaults to "IP:127.0.0.1,DNS:localhost".
# tests/emulator/testcertificates.h runs this at test time; nothing it makes is committed.
set -eu
dir=$1
san=${2:-IP:127.0.0.1,DNS:localhost}
mkdir -p "$dir"
cd "$dir"
umask 077
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
    -keyout ca.key -out ca.pem -days 7 -subj "/O=DeployDeck tests/CN=DeployDeck Test CA" \
    -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
    -keyout server.key -out server.csr -subj "/O=DeployDeck tests/CN=localhost" 2>/dev/null
printf 'subjectAltName=%s\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n' \
    "$san" > server.ext
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 7 \
    -extfile server.ext -out server.pem 2>/dev/null
rm -f server.csr server.ext ca.srl
