#!/bin/sh
# SPDX-License-Identifier: MIT
# resty.httpstatus as installed, in a real nginx with its Lua module: no
# lua_package_path, no HTTPSTATUS_LIBRARY, only the system's defaults.
# Starts nginx on 127.0.0.1 in DIR, asks it, stops it by its pid.
#
#   tests/packages/nginx.sh DIR
set -u
dir=${1:?usage: nginx.sh DIR}
nginx=${NGINX:-$(PATH="$PATH:/usr/sbin:/sbin" command -v nginx)}
[ -x "$nginx" ] || { echo "nginx not found"; exit 1; }
moddir=$("$nginx" -V 2>&1 | sed -n 's/.*--modules-path=\([^ ]*\).*/\1/p')
moddir=${moddir:-/usr/lib/nginx/modules}
[ -f "$moddir/ngx_http_lua_module.so" ] || { echo "no $moddir/ngx_http_lua_module.so"; exit 1; }
load_ndk=
[ -f "$moddir/ndk_http_module.so" ] && load_ndk="load_module $moddir/ndk_http_module.so;"
user=
[ "$(id -u)" -ne 0 ] || user="user root;"
rm -rf "$dir" && mkdir -p "$dir/logs" "$dir/tmp" || exit 1

pid=
stop() {
	[ -n "$pid" ] || return 0
	kill -QUIT "$pid" 2>/dev/null
	i=0
	while kill -0 "$pid" 2>/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
	kill -KILL "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	pid=
}
trap stop EXIT

for attempt in 1 2 3 4 5; do
	port=$((20000 + ($$ * 13 + attempt * 7919) % 30000))
	cat > "$dir/nginx.conf" <<CONF
$load_ndk
load_module $moddir/ngx_http_lua_module.so;
$user
daemon off;
master_process on;
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/logs/error.log info;
events { worker_connections 16; }
http {
    access_log off;
    client_body_temp_path $dir/tmp/body;
    server {
        listen 127.0.0.1:$port;
        location = /reason {
            content_by_lua_block {
                local hs = require "resty.httpstatus"
                ngx.say(package.searchpath("resty.httpstatus", package.path))
                ngx.say(hs.reason(hs.HTTP_TOO_MANY_REQUESTS))
            }
        }
        location = /error {
            content_by_lua_block {
                return require("resty.httpstatus").send_error(503)
            }
        }
    }
}
CONF
	: > "$dir/logs/error.log"
	env -u NGINX "$nginx" -p "$dir" -c "$dir/nginx.conf" -e "$dir/logs/error.log" \
		> "$dir/logs/stdout.log" 2>&1 &
	pid=$!
	i=0
	while [ $i -lt 100 ] && kill -0 "$pid" 2>/dev/null; do
		curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/reason" && break
		sleep 0.1
		i=$((i + 1))
	done
	kill -0 "$pid" 2>/dev/null && break
	stop
	grep -q "Address already in use" "$dir/logs/error.log" "$dir/logs/stdout.log" || break
done
if [ -z "$pid" ]; then
	cat "$dir/logs/stdout.log" "$dir/logs/error.log"
	echo "nginx did not start"
	exit 1
fi

status=0
body=$(curl -s --max-time 10 "http://127.0.0.1:$port/reason")
expected="/usr/share/lua/5.1/resty/httpstatus.lua
Too Many Requests"
if [ "$body" = "$expected" ]; then
	echo "# /reason: $body" | tr '\n' ' '; echo
else
	printf 'GET /reason gave:\n%s\nexpected:\n%s\n' "$body" "$expected"
	status=1
fi
line=$(curl -s -i --max-time 10 -H 'Accept: application/json' "http://127.0.0.1:$port/error" | head -n 1 | tr -d '\r')
case $line in
"HTTP/1.1 503 Service "*) echo "# /error: $line" ;;
*) echo "GET /error gave status line '$line'"; status=1 ;;
esac
[ "$status" -eq 0 ] || cat "$dir/logs/error.log"
exit "$status"
