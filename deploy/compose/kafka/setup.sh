#!/bin/bash
# The one-shot setup job of the compose stack, run as the broker's administrator before any service starts:
#   - the event topics and the dead-letter topics (the broker creates none on its own), and the compacted key
#     topics, which keep each subject's latest event key until its tombstone;
#   - one SCRAM user per service, with its password;
#   - each user's ACLs: write only its own topic and its dead-letter topic, read only the topics it consumes,
#     in its own consumer group. Nothing else is allowed (the broker denies what no ACL allows).
# The lists come from the container's environment in docker-compose.yml; deploy/checks compares them with the
# services' configuration and runs this script against a real broker.
#
#   WRITES, READS  "<user>=<topic>,<topic> <user>=<topic>"   GROUPS  "<user>=<group> ..."
#   PASSWORD_<USER> the user's password (upper case, "-" as "_": PASSWORD_CASE_SERVICE)
set -euo pipefail

: "${BOOTSTRAP:?}" "${KAFKA_ADMIN_PASSWORD:?}" "${EVENT_TOPICS:?}" "${EVENT_PARTITIONS:?}" "${DLQ_TOPICS:?}"
: "${DLQ_PARTITIONS:?}" "${REPLICATION_FACTOR:?}" "${SERVICE_USERS:?}" "${WRITES:?}" "${READS:?}" "${GROUPS:?}"
: "${KEY_TOPICS:?}"
read -r -a RUN <<< "${KAFKA_RUN:-/opt/kafka/bin/kafka-run-class.sh}"

ADMIN="$(mktemp -d)/admin.properties"
trap 'rm -rf "$(dirname "$ADMIN")"' EXIT
chmod 700 "$(dirname "$ADMIN")"
cat > "$ADMIN" <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$KAFKA_ADMIN_PASSWORD";
PROPERTIES

kafka() { "${RUN[@]}" "$@" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN"; }

create() {
  local topic="$1" partitions="$2"
  kafka org.apache.kafka.tools.TopicCommand --create --if-not-exists --topic "$topic" --partitions "$partitions" \
    --replication-factor "$REPLICATION_FACTOR" --config retention.ms="${RETENTION_MS:-2592000000}"
  echo "setup: topic $topic ($partitions partitions, replication factor $REPLICATION_FACTOR)"
}

# A key topic: compacted, so a subject's latest key stays until its tombstone; the tombstone itself is kept a
# day, and segments roll every hour so that an erased subject's key leaves the log soon after.
create_compacted() {
  local topic="$1" partitions="$2"
  kafka org.apache.kafka.tools.TopicCommand --create --if-not-exists --topic "$topic" --partitions "$partitions" \
    --replication-factor "$REPLICATION_FACTOR" --config cleanup.policy=compact --config segment.ms=3600000 \
    --config delete.retention.ms=86400000 --config min.cleanable.dirty.ratio=0.01
  echo "setup: topic $topic ($partitions partitions, compacted, replication factor $REPLICATION_FACTOR)"
}

# The value listed for a user in a "<user>=<a>,<b> ..." list, commas as spaces; nothing if it is not listed.
listed() {
  local entry
  for entry in $2; do
    [[ "${entry%%=*}" == "$1" ]] && { printf '%s' "${entry#*=}" | tr ',' ' '; return; }
  done
}

for topic in $EVENT_TOPICS; do create "$topic" "$EVENT_PARTITIONS"; done
for topic in $DLQ_TOPICS; do create "$topic" "$DLQ_PARTITIONS"; done
for topic in $KEY_TOPICS; do create_compacted "$topic" "$EVENT_PARTITIONS"; done

for user in $SERVICE_USERS; do
  var="PASSWORD_$(printf '%s' "$user" | tr 'a-z-' 'A-Z_')"
  password="${!var:?$var is not set}"
  "${RUN[@]}" kafka.admin.ConfigCommand --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN" --alter \
    --entity-type users --entity-name "$user" --add-config "SCRAM-SHA-512=[password=$password]" >/dev/null
  for topic in $(listed "$user" "$WRITES"); do
    kafka org.apache.kafka.tools.AclCommand --add --allow-principal "User:$user" --operation Write \
      --operation Describe --topic "$topic" >/dev/null
  done
  for topic in $(listed "$user" "$READS"); do
    kafka org.apache.kafka.tools.AclCommand --add --allow-principal "User:$user" --operation Read \
      --operation Describe --topic "$topic" >/dev/null
  done
  for group in $(listed "$user" "$GROUPS"); do
    kafka org.apache.kafka.tools.AclCommand --add --allow-principal "User:$user" --operation Read \
      --group "$group" >/dev/null
  done
  echo "setup: user $user writes [$(listed "$user" "$WRITES")] reads [$(listed "$user" "$READS")]"
done
