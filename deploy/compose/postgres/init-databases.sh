#!/bin/bash
# PostgreSQL's entrypoint runs this once, when the data volume is empty: one database per service and one for
# Keycloak, each owned by its own role, so no service can read another's data. Passwords come from the
# container's environment (deploy/compose/.env); psql variables keep them out of the SQL text.
set -euo pipefail

create_database() {
  local db="$1" role="$2" password_var="$3"
  local password="${!password_var:-}"
  if [[ -z "$password" ]]; then
    echo "init-databases: $password_var is not set" >&2
    exit 1
  fi
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v db="$db" -v role="$role" -v password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"db" OWNER :"role" ENCODING 'UTF8';
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
SQL
  echo "init-databases: created database $db owned by $role"
}

create_database referral   avrr_referral   AVRR_REFERRAL_DB_PASSWORD
create_database cases      avrr_case       AVRR_CASE_DB_PASSWORD
create_database grants     avrr_grant      AVRR_GRANT_DB_PASSWORD
create_database monitoring avrr_monitoring AVRR_MONITORING_DB_PASSWORD
create_database keycloak   keycloak        KEYCLOAK_DB_PASSWORD
