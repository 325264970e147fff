#!/bin/sh
# Starts Mizan in the container: alone, or as a node of a cluster when MIZAN_CLUSTER_MEMBERS lists the nodes'
# data-grid addresses (host:port, this node's included). See README, "Adding a node".
set -eu
if [ -n "${MIZAN_CLUSTER_MEMBERS:-}" ]; then
  set -- --clustername "${MIZAN_CLUSTER_NAME:-mizan}" --name "${MIZAN_NODE_NAME:-$(hostname)}" \
    --startport "${MIZAN_CLUSTER_PORT:-6900}" --clustermode "tcpip:${MIZAN_CLUSTER_MEMBERS}"
else
  set -- --nocluster
fi
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec java $JAVA_OPTS -Djava.awt.headless=true -Dfile.encoding=UTF-8 -jar payara-micro.jar --deploy mizan.war \
  --contextroot / --port "$MIZAN_HTTP_PORT" --disablephonehome --rootDir /tmp/payara "$@"
