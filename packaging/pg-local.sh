#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster on this machine, for trying team cases (README: "Team cases").
#   packaging/pg-local.sh start [DIR]   initdb into DIR (default /tmp/caravan-pg), start it on a free loopback port,
#                                       create the database `caravan` and a login role that may create cases, and
#                                       print the address to give caravan-cli
#   packaging/pg-local.sh stop [DIR]    stop it (the folder stays; delete it to throw the cluster away)
# Local connections are trusted (no passwords): it is for trying Caravan out, not for a team's data.
# PostgreSQL refuses to run as root: as root the cluster runs as the `postgres` user the Debian package creates.
set -euo pipefail
action="${1:-}"
dir="${2:-/tmp/caravan-pg}"
bin="${CARAVAN_PG_BINDIR:-/usr/lib/postgresql/15/bin}"
[ -x "$bin/initdb" ] || { echo "pg-local: $bin/initdb is missing; run packaging/deps.sh (postgresql-15)" >&2; exit 2; }

# Standard input from /dev/null: runuser started from a background job would otherwise stop on the terminal.
as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@" </dev/null; else "$@" </dev/null; fi
}

case "$action" in
start)
    if [ -f "$dir/port" ] && as_server_user "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
        port="$(cat "$dir/port")"
    else
        mkdir -p "$dir"
        [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
        if [ ! -d "$dir/data" ]; then
            as_server_user "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --no-locale >/dev/null
        fi
        port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
        as_server_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start >/dev/null
        echo "$port" >"$dir/port"
    fi
    user="${PGUSER:-${USER:-analyst}}"
    [ "$user" = "root" ] && user=analyst
    psql=("$bin/psql" -X -q -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1)
    "${psql[@]}" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'caravan'" | grep -q 1 ||
        "${psql[@]}" -d postgres -c "CREATE DATABASE caravan"
    "${psql[@]}" -d postgres -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$user'" | grep -q 1 ||
        "${psql[@]}" -d postgres -c "CREATE ROLE \"$user\" LOGIN CREATEROLE"
    "${psql[@]}" -d postgres -c "GRANT CREATE ON DATABASE caravan TO \"$user\""
    echo "PostgreSQL 15 runs in $dir on 127.0.0.1:$port. Try:"
    echo "  caravan-cli new 'postgresql://$user@127.0.0.1:$port/caravan?case=trial' --title 'A first team case'"
    ;;
stop)
    as_server_user "$bin/pg_ctl" -D "$dir/data" -w -m fast stop >/dev/null
    echo "stopped the cluster in $dir"
    ;;
*)
    echo "usage: packaging/pg-local.sh start|stop [DIR]" >&2
    exit 2
    ;;
esac
