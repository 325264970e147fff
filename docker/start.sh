#!/bin/sh
# Starts Mizan in the container: alone, or as a node of a cluster when MIZAN_CLUSTER_MEMBERS lists the nodes'
# data-grid addresses (host:port, this node's included). See docs/operations.md, "Adding a node".
set -eu
if [ -n "${MIZAN_CLUSTER_MEMBERS:-}" ]; then
  # No default: the data grid asks nothing else of a member that joins, so the name must be a secret.
  name="${MIZAN_CLUSTER_NAME:-}"
  if [ "${#name}" -lt 16 ]; then
    echo "Set MIZAN_CLUSTER_NAME to the same long random secret on every node (openssl rand -hex 16). Not started." >&2
    exit 2
  fi
  set -- --clustername "$name" --name "${MIZAN_NODE_NAME:-$(hostname)}" \
    --startport "${MIZAN_CLUSTER_PORT:-6900}" --clustermode "tcpip:${MIZAN_CLUSTER_MEMBERS}"
else
  # Alone: no session replication, so no session versions either (PayaraProcess.alone says why).
  echo "set configs.config.server-config.availability-service.web-container-availability.availability-enabled=false" \
    > /tmp/mizan-alone.asadmin
  set -- --nocluster --prebootcommandfile /tmp/mizan-alone.asadmin
fi
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec java $JAVA_OPTS -Djava.awt.headless=true -Dfile.encoding=UTF-8 -jar payara-micro.jar --deploy mizan.war \
  --contextroot / --port "$MIZAN_HTTP_PORT" --disablephonehome --rootDir /tmp/payara "$@"
