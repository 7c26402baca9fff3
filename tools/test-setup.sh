#!/usr/bin/env bash
# What `npm test` needs besides npm packages: redis-server (the queues' tests run on real Redis, and the
# Redis Cluster tests on several of them), Chromium (browser tests drive it with Playwright) and
# docker-compose (validates docker-compose.yml; no Docker engine is needed). All come from Debian; as
# root they are installed here, otherwise this says what to run.
set -euo pipefail
missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installation de ${missing[*]} (paquets Debian) pour les tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "Les tests ont besoin de ${missing[*]}. Sur Debian ou Ubuntu : sudo apt-get install -y ${missing[*]}" >&2
exit 1
