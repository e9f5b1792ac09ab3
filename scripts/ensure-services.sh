# shellcheck shell=bash disable=SC2016,SC2012
# Makes PostgreSQL and Redis available and exports DATABASE_URL and REDIS_URL.
#
#   source scripts/ensure-services.sh        # from a bash script (works under set -euo pipefail)
#   eval "$(bash scripts/ensure-services.sh)" # from a shell: prints the two export lines
#
# Per service, the first that works wins:
#   a) DATABASE_URL / REDIS_URL when set (must be reachable, else it fails naming the variable)
#   b) the local server on 127.0.0.1:5432 (user postgres, no password) / 127.0.0.1:6379
#   c) an installed local server, started here (pg_ctlcluster / redis-server)
#   d) a running Docker engine: docker compose -f compose.services.yml up -d postgres redis
#   e) as root with apt-get: installs postgresql / redis-server, sets up and starts them
#   f) otherwise: stops with a message saying what to install or set
# DATABASE_URL names an existing database whose user may CREATE DATABASE (default
# postgres://postgres@127.0.0.1:5432/postgres); scripts/create-database.mjs makes per-run databases.
# Progress goes to stderr. ENSURE_SERVICES_TIMEOUT (seconds) bounds each wait: default 30, 60 for Docker.

_es_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_es_local_pg_url='postgres://postgres@127.0.0.1:5432/postgres'
_es_local_redis_url='redis://127.0.0.1:6379'
_es_err=''
_es_pg_last=''
_es_redis_last=''
_es_pg_version=''

_es_log() { printf 'ensure-services: %s\n' "$*" >&2; }
_es_have() { command -v "$1" >/dev/null 2>&1; }
_es_timeout() { # _es_timeout SECONDS cmd...: runs cmd with a time limit where coreutils' timeout exists
  local s="$1"; shift
  if _es_have timeout; then timeout "$s" "$@"; else "$@"; fi
}
# Hides the password of a URL for printing.
_es_mask() { printf '%s' "$1" | sed -E 's#^([a-zA-Z0-9+.-]+://[^:/@]*):[^@]*@#\1:***@#'; }

# Host and port of a URL: sets _es_host and _es_port (default port $2).
_es_hostport() {
  local rest="${1#*://}"
  rest="${rest%%/*}"; rest="${rest%%\?*}"; rest="${rest##*@}"
  if [[ "$rest" == \[* ]]; then
    _es_host="${rest%%]*}"; _es_host="${_es_host#[}"
    rest="${rest#*]}"; _es_port="${rest#:}"
  elif [[ "$rest" == *:* ]]; then
    _es_host="${rest%%:*}"; _es_port="${rest##*:}"
  else
    _es_host="$rest"; _es_port=''
  fi
  [ -n "$_es_host" ] || _es_host=localhost
  [ -n "$_es_port" ] || _es_port="$2"
}

# TCP connect test using bash's /dev/tcp.
_es_tcp_open() {
  _es_timeout 3 bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$1" "$2" 2>/dev/null
}

# PostgreSQL check: 0 when "SELECT" works at the URL; sets _es_err and _es_pg_version.
_es_pg_ok() { _es_pg_check "$1" && return 0; _es_pg_last="$_es_err"; return 1; }
_es_pg_check() {
  local url="$1" out rc
  _es_err=''; _es_pg_version=''
  if _es_have psql; then
    if out="$(PGCONNECT_TIMEOUT=3 psql -X -w -Atq -d "$url" -c 'show server_version_num' </dev/null 2>&1)"; then
      _es_pg_version="$out"; return 0
    fi
    _es_err="$(printf '%s' "$out" | tr '\n' ' ')"; return 1
  fi
  if _es_have node; then
    out="$(_ES_URL="$url" _ES_ROOT="$_es_root" node -e '
      let pg;
      try { pg = require(require.resolve("pg", { paths: [process.env._ES_ROOT, process.cwd()] })); } catch { process.exit(3); }
      const c = new pg.Client({ connectionString: process.env._ES_URL, connectionTimeoutMillis: 3000 });
      c.on("error", () => {});
      c.connect()
        .then(() => c.query("show server_version_num"))
        .then((r) => { console.log(r.rows[0].server_version_num); return c.end(); })
        .then(() => process.exit(0))
        .catch((e) => { console.log(String((e && (e.message || e.code)) || e)); process.exit(1); });
    ' </dev/null 2>&1)" && rc=0 || rc=$?
    if [ "$rc" -eq 0 ]; then _es_pg_version="$out"; return 0; fi
    if [ "$rc" -ne 3 ]; then _es_err="$(printf '%s' "$out" | tr '\n' ' ')"; return 1; fi
  fi
  _es_hostport "$url" 5432
  if _es_tcp_open "$_es_host" "$_es_port"; then return 0; fi
  _es_err="nothing accepts connections on $_es_host:$_es_port"; return 1
}

# Redis check: 0 when PING answers PONG at the URL; sets _es_err.
_es_redis_ok() { _es_redis_check "$1" && return 0; _es_redis_last="$_es_err"; return 1; }
_es_redis_check() {
  local url="$1" out rc
  _es_err=''
  if _es_have redis-cli; then
    local tls=()
    if [[ "$url" == rediss://* ]]; then tls=(--tls); fi
    # redis-cli 7.0 sends AUTH "" PASSWORD for redis://:PASSWORD@...: name the default user instead
    local cli_url="$url"
    if [[ "$url" =~ ^(rediss?://):(.*)$ ]]; then cli_url="${BASH_REMATCH[1]}default:${BASH_REMATCH[2]}"; fi
    out="$(_es_timeout 5 redis-cli ${tls[@]+"${tls[@]}"} -u "$cli_url" ping </dev/null 2>&1)" || true
    if [ "$(printf '%s\n' "$out" | tail -n 1)" = PONG ]; then return 0; fi
    out="$(printf '%s\n' "$out" | grep -v -e '^Warning: Using a password' -e '^$' | tr '\n' ' ')" || true
    _es_err="${out:-no answer to PING}"; return 1
  fi
  if _es_have node; then
    out="$(_ES_URL="$url" node -e '
      const u = new URL(process.env._ES_URL);
      const port = Number(u.port || 6379), host = (u.hostname || "127.0.0.1").replace(/^\[|\]$/g, "");
      const mod = u.protocol === "rediss:" ? require("tls") : require("net");
      const enc = (...a) => `*${a.length}\r\n` + a.map((s) => `$${Buffer.byteLength(s)}\r\n${s}\r\n`).join("");
      const done = (code, msg) => { if (msg) console.log(msg); process.exit(code); };
      const s = mod.connect({ host, port, servername: host }, () => {
        const user = decodeURIComponent(u.username), pass = decodeURIComponent(u.password);
        if (pass) s.write(user ? enc("AUTH", user, pass) : enc("AUTH", pass));
        s.write(enc("PING"));
      });
      let buf = "", authReply = Boolean(u.password);
      s.on("data", (d) => {
        buf += d;
        for (let i; (i = buf.indexOf("\r\n")) >= 0; ) {
          const line = buf.slice(0, i);
          buf = buf.slice(i + 2);
          if (authReply) { // like ioredis: a password the server does not need is no error
            authReply = false;
            if (line.startsWith("-") && !/without any password configured/i.test(line)) done(1, line);
          } else done(line === "+PONG" ? 0 : 1, line === "+PONG" ? "" : line);
        }
      });
      s.on("error", (e) => done(1, e.message));
      s.setTimeout(3000, () => done(1, "timed out"));
    ' </dev/null 2>&1)" && rc=0 || rc=$?
    if [ "$rc" -eq 0 ]; then return 0; fi
    _es_err="$(printf '%s' "$out" | tr '\n' ' ')"; return 1
  fi
  _es_hostport "$url" 6379
  if _es_tcp_open "$_es_host" "$_es_port"; then return 0; fi
  _es_err="nothing accepts connections on $_es_host:$_es_port"; return 1
}

# _es_wait pg|redis URL [SECONDS]: polls until the service answers; stops early on errors that
# waiting will not cure (authentication, unknown role or database).
_es_wait() {
  local kind="$1" url="$2" limit="${3:-${ENSURE_SERVICES_TIMEOUT:-30}}" start=$SECONDS
  while :; do
    "_es_${kind}_ok" "$url" && return 0
    if printf '%s' "$_es_err" | grep -qiE 'pg_hba|authentication|password|does not exist|NOAUTH|WRONGPASS'; then
      return 1
    fi
    [ $((SECONDS - start)) -lt "$limit" ] || return 1
    sleep 0.5
  done
}

# ---------- PostgreSQL: local server management (Debian's postgresql-common) ----------

# Prints "version cluster status" of the cluster on port 5432, if any.
_es_pg_cluster() {
  _es_have pg_lsclusters || return 0
  pg_lsclusters -h 2>/dev/null | awk '$3 == 5432 { print $1, $2, $4; exit }'
}

_es_pg_ctl() { # _es_pg_ctl VERSION CLUSTER ACTION
  pg_ctlcluster --skip-systemctl-redirect "$1" "$2" "$3" </dev/null >&2 2>&1 \
    || pg_ctlcluster "$1" "$2" "$3" </dev/null >&2 2>&1
}

# Lets user postgres in over loopback TCP without a password (for clusters this script set up).
_es_pg_trust_loopback() {
  local hba="/etc/postgresql/$1/$2/pg_hba.conf" tmp
  [ -f "$hba" ] || return 0
  grep -q 'added by ensure-services.sh' "$hba" && return 0
  _es_log "PostgreSQL $1/$2: trusting 127.0.0.1 and ::1 in $hba"
  tmp="$(mktemp)" || return 1
  {
    echo '# added by ensure-services.sh: passwordless loopback TCP for development and CI'
    echo 'host    all             all             127.0.0.1/32            trust'
    echo 'host    all             all             ::1/128                 trust'
    cat "$hba"
  } >"$tmp" && cat "$tmp" >"$hba"
  rm -f "$tmp"
}

# Starts the local cluster on port 5432.
#   $1 = ''        : only start an existing cluster
#   $1 = create    : (root) also create one if there is none, with passwordless loopback access
#   $1 = installed : (root) as create, and give the cluster the packages just made that access too
_es_pg_start_local() {
  local mode="${1:-}" info ver name status trust=0
  if _es_have pg_ctlcluster; then
    info="$(_es_pg_cluster)"
    if [ -z "$info" ] && [ -n "$mode" ] && [ "$(id -u)" = 0 ] && _es_have pg_createcluster; then
      ver="$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -n 1)"
      [ -n "$ver" ] || return 1
      _es_log "PostgreSQL: creating cluster $ver/main on port 5432"
      pg_createcluster -p 5432 "$ver" main </dev/null >&2 2>&1 || return 1
      info="$(_es_pg_cluster)"; trust=1
    fi
    [ -n "$info" ] || return 1
    read -r ver name status <<<"$info"
    if [ "$mode" = installed ] && [ "$(id -u)" = 0 ]; then trust=1; fi
    if [ "$trust" = 1 ]; then _es_pg_trust_loopback "$ver" "$name" || return 1; fi
    if [ "$status" = online ]; then
      if [ "$trust" = 1 ]; then _es_pg_ctl "$ver" "$name" reload; fi
    else
      _es_log "PostgreSQL: starting cluster $ver/$name"
      _es_pg_ctl "$ver" "$name" start || true # another process may be starting it too: the wait decides
    fi
    return 0
  fi
  if _es_have pg_ctl && [ -n "${PGDATA:-}" ] && [ -f "$PGDATA/PG_VERSION" ]; then
    _es_log "PostgreSQL: starting pg_ctl -D $PGDATA"
    pg_ctl -D "$PGDATA" -l "$PGDATA/server.log" -w start </dev/null >&2 2>&1 || true
    return 0
  fi
  return 1
}

# ---------- Redis: local server ----------

_es_redis_start_local() {
  _es_have redis-server || return 1
  local major dir logfile bind=()
  major="$(redis-server --version 2>/dev/null | sed -nE 's/.*v=([0-9]+)\..*/\1/p')"
  bind=(127.0.0.1)
  if [ "${major:-0}" -ge 7 ]; then bind=(127.0.0.1 -::1); fi # '-' = optional address, Redis >= 7
  dir="${TMPDIR:-/tmp}"; logfile="$dir/ensure-services-redis.log"
  # Debian layout: the same places as the machine's own start command uses
  if [ -d /var/lib/redis ] && [ -w /var/lib/redis ] && [ -d /var/log/redis ] && [ -w /var/log/redis ]; then
    dir=/var/lib/redis; logfile=/var/log/redis/ci.log
  fi
  _es_log "Redis: starting redis-server on 127.0.0.1:6379"
  redis-server --daemonize yes --bind "${bind[@]}" --port 6379 --save "" --appendonly no \
    --dir "$dir" --logfile "$logfile" </dev/null >&2 2>&1 || true
  return 0
}

# ---------- Docker ----------

_es_compose() {
  if docker compose version >/dev/null 2>&1; then docker compose -f "$_es_root/compose.services.yml" "$@"
  elif _es_have docker-compose; then docker-compose -f "$_es_root/compose.services.yml" "$@"
  else return 127; fi
}

_es_docker_up() { # _es_docker_up service...
  _es_have docker || return 1
  [ -f "$_es_root/compose.services.yml" ] || return 1
  _es_timeout 15 docker info >/dev/null 2>&1 || return 1
  _es_log "Docker: docker compose up -d $*"
  _es_compose up -d "$@" </dev/null >&2 2>&1 || { _es_log "Docker: docker compose up failed"; return 1; }
}

# ---------- apt-get ----------

_es_apt_install() { # _es_apt_install package...
  [ "$(id -u)" = 0 ] && _es_have apt-get || return 1
  _es_log "apt-get: installing $* (this takes a minute)"
  local opts=(-o DPkg::Lock::Timeout=300 -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)
  DEBIAN_FRONTEND=noninteractive apt-get "${opts[@]}" -qq update </dev/null >&2 2>&1 || return 1
  DEBIAN_FRONTEND=noninteractive apt-get "${opts[@]}" -qq -y --no-install-recommends install "$@" </dev/null >&2 2>&1 || return 1
}

# ---------- main ----------

_es_fail_missing() {
  _es_log "ERROR: no $1 available."
  if [ "$1" != Redis ] && [ -n "$_es_pg_last" ]; then _es_log "PostgreSQL's last error: $_es_pg_last"; fi
  if [ "$1" != PostgreSQL ] && [ -n "$_es_redis_last" ]; then _es_log "Redis's last error: $_es_redis_last"; fi
  cat >&2 <<EOF
ensure-services: Install PostgreSQL >= 14 and Redis >= 6.2 locally
ensure-services:   (Debian/Ubuntu: sudo apt-get install postgresql redis-server; PostgreSQL must let user
ensure-services:   postgres in over 127.0.0.1:5432 without a password, Redis must listen on 127.0.0.1:6379),
ensure-services: or run a Docker engine (docker compose -f compose.services.yml up -d postgres redis),
ensure-services: or point at running servers:
ensure-services:   export DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/postgres   (user allowed to CREATE DATABASE)
ensure-services:   export REDIS_URL=redis://HOST:6379
EOF
}

_es_main() {
  local need_pg=1 need_redis=1 pg_url="$_es_local_pg_url" redis_url="$_es_local_redis_url"

  # a) explicit URLs
  if [ -n "${DATABASE_URL:-}" ]; then
    if [[ ! "$DATABASE_URL" =~ ^postgres(ql)?:// ]]; then
      _es_log "ERROR: DATABASE_URL must be a postgres:// URL, got '$(_es_mask "$DATABASE_URL")'"; return 1
    fi
    if ! _es_pg_ok "$DATABASE_URL"; then
      _es_log "ERROR: DATABASE_URL is set to $(_es_mask "$DATABASE_URL") but PostgreSQL is not reachable or usable there: $_es_err"
      _es_log "Fix DATABASE_URL, start that server, or unset DATABASE_URL to use/start a local one on 127.0.0.1:5432."
      return 1
    fi
    pg_url="$DATABASE_URL"; need_pg=0
  fi
  if [ -n "${REDIS_URL:-}" ]; then
    if [[ ! "$REDIS_URL" =~ ^rediss?:// ]]; then
      _es_log "ERROR: REDIS_URL must be a redis:// URL, got '$(_es_mask "$REDIS_URL")'"; return 1
    fi
    if ! _es_redis_ok "$REDIS_URL"; then
      _es_log "ERROR: REDIS_URL is set to $(_es_mask "$REDIS_URL") but Redis is not reachable or usable there: $_es_err"
      _es_log "Fix REDIS_URL, start that server, or unset REDIS_URL to use/start a local one on 127.0.0.1:6379."
      return 1
    fi
    redis_url="$REDIS_URL"; need_redis=0
  fi

  # b) local servers already running
  if [ "$need_pg" = 1 ] && _es_pg_ok "$pg_url"; then need_pg=0; fi
  if [ "$need_redis" = 1 ] && _es_redis_ok "$redis_url"; then need_redis=0; fi

  # PostgreSQL answers on 5432 but refuses us: starting another one will not help.
  if [ "$need_pg" = 1 ] && _es_tcp_open 127.0.0.1 5432; then
    if ! _es_wait pg "$pg_url"; then
      _es_log "ERROR: a server listens on 127.0.0.1:5432 but $pg_url does not work: $_es_err"
      _es_log "Let user postgres in over 127.0.0.1 without a password (pg_hba.conf: host all all 127.0.0.1/32 trust),"
      _es_log "or export DATABASE_URL=postgres://USER:PASSWORD@127.0.0.1:5432/postgres."
      return 1
    fi
    need_pg=0
  fi

  # c) installed local servers
  if [ "$need_pg" = 1 ] && _es_pg_start_local; then
    if _es_wait pg "$pg_url"; then need_pg=0; else _es_log "PostgreSQL: started, but not usable: $_es_err"; fi
  fi
  if [ "$need_redis" = 1 ] && _es_redis_start_local; then
    if _es_wait redis "$redis_url"; then need_redis=0; else _es_log "Redis: started, but not usable: $_es_err"; fi
  fi

  # d) Docker
  if [ $((need_pg + need_redis)) -gt 0 ]; then
    local services=()
    [ "$need_pg" = 1 ] && services+=(postgres)
    [ "$need_redis" = 1 ] && services+=(redis)
    if _es_docker_up "${services[@]}"; then
      if [ "$need_pg" = 1 ]; then
        if _es_wait pg "$pg_url" "${ENSURE_SERVICES_TIMEOUT:-60}"; then need_pg=0; else _es_log "Docker: postgres not healthy: $_es_err"; fi
      fi
      if [ "$need_redis" = 1 ]; then
        if _es_wait redis "$redis_url" "${ENSURE_SERVICES_TIMEOUT:-60}"; then need_redis=0; else _es_log "Docker: redis not healthy: $_es_err"; fi
      fi
    fi
  fi

  # e) install with apt-get (root only)
  if [ $((need_pg + need_redis)) -gt 0 ] && [ "$(id -u)" = 0 ] && _es_have apt-get; then
    local pkgs=() pg_mode=create
    if [ "$need_pg" = 1 ] && { ! _es_have pg_ctlcluster || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; }; then
      pkgs+=(postgresql); pg_mode=installed
    fi
    if [ "$need_redis" = 1 ] && ! _es_have redis-server; then pkgs+=(redis-server); fi
    if [ "${#pkgs[@]}" -eq 0 ] || _es_apt_install "${pkgs[@]}"; then
      if [ "$need_pg" = 1 ] && _es_pg_start_local "$pg_mode"; then
        if _es_wait pg "$pg_url"; then need_pg=0; else _es_log "PostgreSQL: set up, but not usable: $_es_err"; fi
      fi
      if [ "$need_redis" = 1 ]; then
        _es_redis_ok "$redis_url" || _es_redis_start_local || true # the package may have started it already
        if _es_wait redis "$redis_url"; then need_redis=0; else _es_log "Redis: installed, but not usable: $_es_err"; fi
      fi
    else
      _es_log "apt-get install ${pkgs[*]} failed"
    fi
  fi

  # f) give up
  if [ "$need_pg" = 1 ] && [ "$need_redis" = 1 ]; then _es_fail_missing 'PostgreSQL and no Redis'; return 1; fi
  if [ "$need_pg" = 1 ]; then _es_fail_missing 'PostgreSQL'; return 1; fi
  if [ "$need_redis" = 1 ]; then _es_fail_missing 'Redis'; return 1; fi

  if [[ "$_es_pg_version" =~ ^[0-9]+$ ]] && [ "$_es_pg_version" -lt 140000 ]; then
    _es_log "warning: PostgreSQL server_version_num $_es_pg_version is older than 14"
  fi
  export DATABASE_URL="$pg_url" REDIS_URL="$redis_url"
  _es_log "PostgreSQL: $(_es_mask "$DATABASE_URL")  Redis: $(_es_mask "$REDIS_URL")"
}

if _es_main; then _es_rc=0; else _es_rc=$?; fi
unset -f _es_log _es_have _es_timeout _es_mask _es_hostport _es_tcp_open _es_pg_ok _es_redis_ok _es_wait \
  _es_pg_check _es_redis_check \
  _es_pg_cluster _es_pg_ctl _es_pg_trust_loopback _es_pg_start_local _es_redis_start_local _es_compose \
  _es_docker_up _es_apt_install _es_fail_missing _es_main
unset _es_root _es_local_pg_url _es_local_redis_url _es_err _es_pg_version _es_host _es_port _es_pg_last _es_redis_last
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then # executed, not sourced: print exports for eval
  if [ "$_es_rc" = 0 ]; then printf 'export DATABASE_URL=%q REDIS_URL=%q\n' "$DATABASE_URL" "$REDIS_URL"; fi
  exit "$_es_rc"
fi
if [ "$_es_rc" != 0 ]; then unset _es_rc; return 1; fi
unset _es_rc
