#!/bin/bash
# The one-shot topic container of the compose stack: creates the event topics and the dead-letter topics before
# any service subscribes (the broker does not create topics on its own). The lists, the partition counts and the
# replication factor come from the container's environment in docker-compose.yml.
set -euo pipefail

: "${BOOTSTRAP:?}" "${EVENT_TOPICS:?}" "${EVENT_PARTITIONS:?}" "${DLQ_TOPICS:?}" "${DLQ_PARTITIONS:?}" "${REPLICATION_FACTOR:?}"

create() {
  local topic="$1" partitions="$2"
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
    --topic "$topic" --partitions "$partitions" --replication-factor "$REPLICATION_FACTOR" \
    --config retention.ms="${RETENTION_MS:-2592000000}"
  echo "create-topics: $topic ($partitions partitions, replication factor $REPLICATION_FACTOR)"
}

for topic in $EVENT_TOPICS; do create "$topic" "$EVENT_PARTITIONS"; done
for topic in $DLQ_TOPICS; do create "$topic" "$DLQ_PARTITIONS"; done
