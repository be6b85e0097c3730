#!/bin/bash
# PostgreSQL's entrypoint runs this once, when the data volume is empty: one database per service and one for
# Keycloak, each owned by its own role, so no service can read another's data. A service's database has a second
# role, the one the service runs as: its migrations (as the owner) grant it reading and writing the tables, no DDL,
# and the audit trail append-only (docs/deployment.md, the database roles). Passwords come from the container's
# environment (deploy/compose/.env); psql variables keep them out of the SQL text.
set -euo pipefail

password_of() {
  local password="${!1:-}"
  if [[ -z "$password" ]]; then
    echo "init-databases: $1 is not set" >&2
    exit 1
  fi
  printf '%s' "$password"
}

# create_database DB OWNER OWNER_PASSWORD_VARIABLE [RUNTIME_ROLE RUNTIME_PASSWORD_VARIABLE]
create_database() {
  local db="$1" role="$2" password
  password="$(password_of "$3")"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v db="$db" -v role="$role" -v password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"db" OWNER :"role" ENCODING 'UTF8';
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
SQL
  echo "init-databases: created database $db owned by $role"
  if [[ $# -ge 5 ]]; then
    local runtime="$4" runtime_password
    runtime_password="$(password_of "$5")"
    psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
      -v db="$db" -v runtime="$runtime" -v password="$runtime_password" <<'SQL'
CREATE ROLE :"runtime" LOGIN PASSWORD :'password';
GRANT CONNECT ON DATABASE :"db" TO :"runtime";
SQL
    echo "init-databases: $runtime may connect to $db"
  fi
}

create_database referral   avrr_referral_owner   AVRR_REFERRAL_DB_OWNER_PASSWORD   avrr_referral   AVRR_REFERRAL_DB_PASSWORD
create_database cases      avrr_case_owner       AVRR_CASE_DB_OWNER_PASSWORD       avrr_case       AVRR_CASE_DB_PASSWORD
create_database grants     avrr_grant_owner      AVRR_GRANT_DB_OWNER_PASSWORD      avrr_grant      AVRR_GRANT_DB_PASSWORD
create_database monitoring avrr_monitoring_owner AVRR_MONITORING_DB_OWNER_PASSWORD avrr_monitoring AVRR_MONITORING_DB_PASSWORD
create_database keycloak   keycloak        KEYCLOAK_DB_PASSWORD
