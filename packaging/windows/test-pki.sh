#!/usr/bin/env bash
# A throw-away PKI for signing tests, made with openssl in FOLDER: a test root CA (ca.crt), an
# Authenticode code-signing certificate issued by it (code.crt, code.key, code-chain.crt) and a
# time-stamping certificate (tsa.crt, tsa.key, tsa.cnf) for packaging/windows/test_tsa.py.
# Valid for 7 days. Nothing made here may sign a release: docs/deploying.md says what does.
# Usage: packaging/windows/test-pki.sh FOLDER
set -euo pipefail

pki="$1"
mkdir -p "$pki" && cd "$pki"
subject="/O=Harmony Kiosk TEST/OU=CI only, not for release"

openssl req -x509 -newkey rsa:3072 -nodes -sha256 -days 7 -keyout ca.key -out ca.crt \
  -subj "$subject/CN=Harmony Kiosk TEST root CA" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
  2>/dev/null

issue() {  # name, common name, extended key usage
  openssl req -newkey rsa:3072 -nodes -sha256 -keyout "$1.key" -out "$1.csr" \
    -subj "$subject/CN=$2" 2>/dev/null
  printf 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=%s\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n' \
    "$3" >"$1.ext"
  openssl x509 -req -in "$1.csr" -CA ca.crt -CAkey ca.key -CAcreateserial -days 7 -sha256 \
    -extfile "$1.ext" -out "$1.crt" 2>/dev/null
  rm -f "$1.csr" "$1.ext"
}
issue code "Harmony Kiosk TEST code signing" "critical,codeSigning"
issue tsa "Harmony Kiosk TEST time-stamping authority" "critical,timeStamping"
cat code.crt ca.crt >code-chain.crt
echo 01 >tsaserial
cat >tsa.cnf <<CNF
[ tsa ]
default_tsa = test_tsa
[ test_tsa ]
dir = $pki
serial = \$dir/tsaserial
crypto_device = builtin
signer_cert = \$dir/tsa.crt
certs = \$dir/ca.crt
signer_key = \$dir/tsa.key
signer_digest = sha256
default_policy = 1.3.6.1.4.1.99999.1
digests = sha1, sha256, sha384, sha512
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
CNF
echo "test-pki: $pki (root CA, code signing, time-stamping; 7 days)"
