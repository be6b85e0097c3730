#!/bin/bash
# The broker of the compose stack. Writes server.properties from the container's KAFKA_* environment (KAFKA_FOO_BAR
# is foo.bar; "__" stands for "_" and "___" for "-", as in the apache/kafka image), formats the storage on the
# first start with the administrator's SCRAM credential — the one user that must exist before the broker runs;
# the setup job creates the services' users and ACLs as that administrator — and runs the broker.
#
# KAFKA_RUN runs a Kafka class (default: the image's kafka-run-class.sh); KAFKA_CONFIG_FILE is where the
# properties go. deploy/checks runs this script against the Kafka jars Maven resolves.
set -euo pipefail

: "${CLUSTER_ID:?}" "${AVRR_KAFKA_ADMIN_PASSWORD:?}"
read -r -a RUN <<< "${KAFKA_RUN:-/opt/kafka/bin/kafka-run-class.sh}"
CONFIG="${KAFKA_CONFIG_FILE:-/tmp/avrr-kafka/server.properties}"
mkdir -p "$(dirname "$CONFIG")"
: > "$CONFIG"
chmod 600 "$CONFIG"

while IFS='=' read -r name value; do
  case "$name" in
    KAFKA_HEAP_OPTS | KAFKA_OPTS | KAFKA_JVM_PERFORMANCE_OPTS | KAFKA_LOG4J_OPTS | KAFKA_GC_LOG_OPTS | KAFKA_JMX_OPTS \
      | KAFKA_RUN | KAFKA_CONFIG_FILE | KAFKA_VERSION) continue ;;
    KAFKA_*) ;;
    *) continue ;;
  esac
  key="${name#KAFKA_}"
  key="${key,,}"
  key="${key//___/-}"
  key="${key//__/@}"
  key="${key//_/.}"
  key="${key//@/_}"
  printf '%s=%s\n' "$key" "$value" >> "$CONFIG"
done < <(env)

"${RUN[@]}" kafka.tools.StorageTool format --ignore-formatted --cluster-id "$CLUSTER_ID" --config "$CONFIG" \
  --add-scram "SCRAM-SHA-512=[name=admin,password=$AVRR_KAFKA_ADMIN_PASSWORD]"
exec "${RUN[@]}" kafka.Kafka "$CONFIG"
