#!/usr/bin/env bash
# Builds the zip that App Service runs (WEBSITE_RUN_FROM_PACKAGE=1): the
# compiled dist/, the knowledge and the production dependencies only. It is
# built here, not on App Service, because the platform's build would run
# `npm install --production`, which leaves out the TypeScript compiler.
#
#   bash deploy/package.sh [out.zip]        (default: dist/azure/app.zip)
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(realpath -m "${1:-dist/azure/app.zip}")"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT

npm ci
npm run build
npm run kb:check
cp -r dist/src knowledge public package.json package-lock.json "$stage/"
# Staff's review of suggested alternatives is not knowledge; it stays off the server.
rm -rf "$stage/knowledge/review"
mkdir -p "$stage/dist" && mv "$stage/src" "$stage/dist/src"
# Only what runs in production; install scripts stay off as in development.
(cd "$stage" && npm ci --omit=dev --ignore-scripts --no-audit --no-fund)
# Web Chat's build statistics (about 150 MB) are not used at run time: the bot
# serves only dist/webchat.js from that package.
rm -f "$stage/node_modules/botframework-webchat/dist/stats.json"
mkdir -p "$(dirname "$out")"
rm -f "$out"
(cd "$stage" && zip -qr "$out" .)
echo "$out: $(du -h "$out" | cut -f1)"
