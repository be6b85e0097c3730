#!/usr/bin/env bash
# Makes the secrets of the compose stack: deploy/compose/.env from .env.example with every "change-me" replaced
# by a fresh random value, and the TLS certificate Keycloak serves (signed by a CA made here, which the services
# trust to fetch Keycloak's JWKS over https).
#
#   ./deploy/compose/generate-secrets.sh [--force] [--out DIR]
#
#   --force    overwrite an existing .env and certificate (the stack's volumes keep the old passwords: run
#              `docker compose down -v` first, or ALTER ROLE by hand)
#   --out DIR  write to DIR instead of deploy/compose (DIR/.env and DIR/secrets/tls/)
#
# Needs bash and openssl. Nothing here is sent anywhere.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="$HERE"
FORCE=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --force) FORCE=1; shift ;;
    --out) OUT="$2"; shift 2 ;;
    *) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
  esac
done
command -v openssl >/dev/null || { echo "generate-secrets: openssl is needed" >&2; exit 1; }

ENV_FILE="$OUT/.env"
TLS="$OUT/secrets/tls"
if [[ -e "$ENV_FILE" && "$FORCE" != 1 ]]; then
  echo "generate-secrets: $ENV_FILE exists; use --force to replace it" >&2
  exit 1
fi
mkdir -p "$TLS"
chmod 700 "$OUT/secrets"

# Passwords and client secrets: 32 hex digits (no character that needs quoting in YAML, JDBC or a shell).
password() { openssl rand -hex 16; }
# An AES-256 key in the services' key-list format: <key id>:<base64 of 32 random bytes>.
aes_key() { printf '%s:%s' "$1" "$(openssl rand -base64 32)"; }

# .env.example is the one list of settings: copy it, generating every value that is "change-me". A *_KEYS value
# takes its key id from the *_KEY_ID line above it.
declare -A value=()
tmp="$(mktemp "$OUT/.env.XXXXXX")"
trap 'rm -f "$tmp"' EXIT
while IFS= read -r line || [[ -n "$line" ]]; do
  if [[ "$line" =~ ^([A-Z][A-Z0-9_]*)=(.*)$ ]]; then
    name="${BASH_REMATCH[1]}"; val="${BASH_REMATCH[2]}"
    if [[ "$val" == "change-me" ]]; then
      if [[ "$name" == *_KEYS ]]; then
        id="${value[${name%_KEYS}_KEY_ID]:-}"
        [[ -n "$id" ]] || { echo "generate-secrets: $name needs ${name%_KEYS}_KEY_ID before it" >&2; exit 1; }
        val="$(aes_key "$id")"
      else
        val="$(password)"
      fi
    fi
    value[$name]="$val"
    printf '%s=%s\n' "$name" "$val" >> "$tmp"
  else
    printf '%s\n' "$line" >> "$tmp"
  fi
done < "$HERE/.env.example"
chmod 600 "$tmp"
mv "$tmp" "$ENV_FILE"
trap - EXIT

# TLS: a CA of this stack and Keycloak's server certificate for the public host name, "keycloak" (the compose
# network: the services fetch the JWKS there) and localhost.
public_url="${value[AVRR_PUBLIC_KEYCLOAK_URL]:-https://localhost:8443}"
public_host="${public_url#*://}"; public_host="${public_host%%/*}"; public_host="${public_host%%:*}"
sans="DNS:keycloak,DNS:localhost,IP:127.0.0.1"
if [[ "$public_host" =~ ^[0-9.]+$ ]]; then
  [[ "$public_host" == 127.0.0.1 ]] || sans="$sans,IP:$public_host"
elif [[ "$public_host" != keycloak && "$public_host" != localhost ]]; then
  sans="$sans,DNS:$public_host"
fi
openssl req -x509 -newkey rsa:3072 -sha256 -days 825 -nodes -subj "/CN=AVRR compose CA" \
  -keyout "$TLS/ca.key" -out "$TLS/ca.pem" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
openssl req -new -newkey rsa:3072 -sha256 -nodes -subj "/CN=$public_host" \
  -keyout "$TLS/keycloak.key" -out "$TLS/keycloak.csr" 2>/dev/null
printf 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=%s\n' \
  "$sans" > "$TLS/keycloak.ext"
openssl x509 -req -sha256 -days 825 -in "$TLS/keycloak.csr" -CA "$TLS/ca.pem" -CAkey "$TLS/ca.key" \
  -CAcreateserial -extfile "$TLS/keycloak.ext" -out "$TLS/keycloak.crt" 2>/dev/null
rm -f "$TLS/keycloak.csr" "$TLS/keycloak.ext" "$TLS/ca.srl"
chmod 600 "$TLS/ca.key"
# Keycloak runs as uid 1000 in its container and must read its key through the bind mount; the secrets/
# directory (700) keeps it from other users of this machine.
chmod 644 "$TLS/keycloak.key" "$TLS/keycloak.crt" "$TLS/ca.pem"

echo "wrote $ENV_FILE and $TLS/ (Keycloak certificate for $sans)"
echo "trust $TLS/ca.pem to call Keycloak from this machine, e.g. curl --cacert $TLS/ca.pem ..."
