#!/usr/bin/env bash
# npm run demo [-- --seed N --startups N --investors N --corporates N --demands N]
# Builds, migrates and seeds a demo event, then runs the API with the worker in-process.
# Database: $DATABASE_URL as given if set (its database is created when missing), else supergap_demo on
# the PostgreSQL server scripts/ensure-services.sh finds. Re-running on the same database reuses the seed.
set -euo pipefail
cd "$(dirname "$0")/.."

export PORT="${PORT:-3000}"
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }
if port_open; then echo "demo: port $PORT is in use; set PORT to another one" >&2; exit 1; fi

user_db_url="${DATABASE_URL:-}"
with_db() { # with_db URL NAME: the same server, database NAME
  node -e 'const u = new URL(process.argv[1]); u.pathname = "/" + process.argv[2]; console.log(u.toString())' "$1" "$2"
}
# ensure-services checks DATABASE_URL as given, but the app database may not exist yet: check the server.
if [ -n "$user_db_url" ]; then DATABASE_URL="$(with_db "$user_db_url" postgres)"; export DATABASE_URL; fi

# shellcheck source=/dev/null
source scripts/install-deps.sh
# shellcheck source=/dev/null
source scripts/ensure-services.sh

if [ -n "$user_db_url" ]; then
  db_name="$(node -e 'console.log(decodeURIComponent(new URL(process.argv[1]).pathname.slice(1)))' "$user_db_url")"
  app_db_url="$user_db_url"
else
  db_name=supergap_demo
  app_db_url="$(with_db "$DATABASE_URL" "$db_name")"
fi
if [[ "$db_name" =~ ^[a-z0-9_]+$ ]]; then
  node scripts/create-database.mjs "$db_name" # DATABASE_URL is still the server's postgres db here
else
  echo "demo: not creating database '$db_name' (name outside [a-z0-9_]): it must exist" >&2
fi

echo "demo: building" >&2
npx nest build >&2
bash scripts/build-web.sh >&2

export DATABASE_URL="$app_db_url"
export PROCESS_ROLE=all
export ORGANIZER_EMAIL="${ORGANIZER_EMAIL:-organizer@supergap.local}"
export ORGANIZER_PASSWORD="${ORGANIZER_PASSWORD:-organizer-password}"
# Jobs name rows of one database: keep each database's queues apart on a shared Redis.
export QUEUE_PREFIX="${QUEUE_PREFIX:-sgm_${db_name//[^a-zA-Z0-9_]/_}}"
# The sweep enqueues the match run the seed queued: every 5 s, so matches appear within seconds.
export RECONCILE_INTERVAL_SECONDS="${RECONCILE_INTERVAL_SECONDS:-5}"
# Nest's start-up log (a line per route) would bury the banner; LOG_LEVEL=log shows it again.
export LOG_LEVEL="${LOG_LEVEL:-warn}"

# E-mail: without an SMTP_URL of your own, a local mail catcher receives every notification (nothing is relayed).
mail_line="  Mail:              sent through SMTP_URL (your server)"
if [ -z "${SMTP_URL:-}" ]; then
  catcher_smtp="${MAIL_CATCHER_SMTP_PORT:-1025}"
  catcher_http="${MAIL_CATCHER_HTTP_PORT:-1080}"
  if (exec 3<>"/dev/tcp/127.0.0.1/$catcher_smtp") 2>/dev/null || (exec 3<>"/dev/tcp/127.0.0.1/$catcher_http") 2>/dev/null; then
    mail_line="  Mail:              off (ports $catcher_smtp/$catcher_http in use; set MAIL_CATCHER_SMTP_PORT/MAIL_CATCHER_HTTP_PORT or SMTP_URL)"
  else
    node scripts/mail-catcher.mjs --smtp-port "$catcher_smtp" --http-port "$catcher_http" --dir .demo-mail >&2 &
    export SMTP_URL="smtp://127.0.0.1:$catcher_smtp"
    mail_line="  Read the e-mails:  http://localhost:$catcher_http   (mail catcher; also .eml files in .demo-mail/)"
  fi
fi

echo "demo: migrating and seeding $db_name" >&2
summary="$(node dist/src/cli/seed.cli.js "$@")"
startup_email="$(printf '%s\n' "$summary" | sed -n 's/^ *startup login: *\([^ ]*\).*/\1/p')"
event_id="$(printf '%s\n' "$summary" | sed -n 's/^ *event \([0-9a-f-]*\) .*/\1/p')"
base="http://localhost:$PORT"

cat <<EOF

==================== Supergap Match demo ====================
  Open the app:      $base/
$summary

  API reference:     $base/docs   (OpenAPI UI)
$mail_line
  Metrics:           $base/metrics   ·   queues: POST $base/v1/admin/queues/session (organizer), then $base/admin/queues
  organizer login:   $ORGANIZER_EMAIL / $ORGANIZER_PASSWORD
  member logins:     the startup and investor above, password demo-password
                     (startup-N, investor-N, corporate-N@demo.supergap.kr up to the counts)

  Try it:
    TOKEN=\$(curl -s $base/v1/auth/login -H 'content-type: application/json' \\
      -d '{"email":"$ORGANIZER_EMAIL","password":"$ORGANIZER_PASSWORD"}' | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
    curl -s $base/v1/events -H "Authorization: Bearer \$TOKEN"
    curl -s "$base/v1/events/${event_id:-EVENT_ID}/matches?sort=score&limit=5" -H "Authorization: Bearer \$TOKEN"
  As a startup, log in with {"email":"${startup_email:-startup-1@demo.supergap.kr}","password":"demo-password"}.
  The worker runs in this process: matches appear within seconds. Ctrl-C stops.
=============================================================

EOF
# Says when the API listens (the quiet log does not); gives up after two minutes.
# Then members act through the API (decisions, requests in every state, IR pitches, a schedule run) once per database,
# and yesterday's meetings are written as they went (held, no-shows, outcomes).
( for _ in $(seq 1 240); do
    if port_open; then
      echo "demo: ready on $base/ (demo activity is being added in the background; pages fill within a minute or two)"
      node dist/src/cli/demo-activity.cli.js "$base" "$ORGANIZER_EMAIL" "$ORGANIZER_PASSWORD" || true
      # Yesterday's meetings took place: check-ins, no-shows and outcomes for the funnel, no-shows and reports.
      [ -n "$event_id" ] && node dist/src/cli/demo-history.cli.js "$event_id" || true
      exit 0
    fi
    sleep 0.5
  done ) &
exec node dist/src/main.js
