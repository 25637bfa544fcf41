#!/bin/sh
# SPDX-License-Identifier: MIT
# End to end in a real nginx with its Lua module: resty.httpstatus from the
# build tree, examples/nginx/httpstatus.conf as written, requests with curl.
# Also checks the library's nginx dialect against what this nginx really
# puts on the status line for every code `return NNN;` can send.
#
# SKIP (77) only when nginx, its Lua module or curl is missing.
. "$top_srcdir/tests/lib.sh"

NGINX=${NGINX:-}
CURL=${CURL:-$(command -v curl 2>/dev/null || true)}
[ -n "$NGINX" ] && [ -x "$NGINX" ] || skip "nginx not found"
[ -n "$CURL" ] && [ -x "$CURL" ] || skip "curl not found"
moddir=$("$NGINX" -V 2>&1 | sed -n 's/.*--modules-path=\([^ ]*\).*/\1/p')
moddir=${moddir:-/usr/lib/nginx/modules}
ndk="$moddir/ndk_http_module.so"
lua_mod="$moddir/ngx_http_lua_module.so"
[ -f "$lua_mod" ] || skip "nginx's Lua module ($lua_mod) not found"

hs="$top_builddir/tools/httpstatus"
[ -x "$hs" ] || { echo "no CLI built"; exit 99; }
[ -f "$top_builddir/bindings/lua/resty/httpstatus.lua" ] || { echo "resty/httpstatus.lua not built"; exit 99; }
soname=$(sed -n "s/^dlname='\(.*\)'$/\1/p" "$top_builddir/libhttpstatus/libhttpstatus.la")
library="$top_builddir/libhttpstatus/.libs/$soname"
[ -f "$library" ] || { echo "no shared library $library"; exit 99; }
# curl runs without LD_PRELOAD (a sanitizer runtime preloaded for the
# modules makes it hang) and within a time limit, whatever happens.
curl() {
    env -u LD_PRELOAD timeout 30 "$CURL" "$@"
}
# Decodes JSON bodies with tests/lua/json.lua when a Lua is at hand.
lua_json=${LUAJIT:-${LUA:-}}

# Stop nginx on every exit, also on failure.
nginx_pid=
stop_nginx() {
    if [ -n "$nginx_pid" ]; then
        kill -QUIT "$nginx_pid" 2>/dev/null
        i=0
        while kill -0 "$nginx_pid" 2>/dev/null && [ $i -lt 50 ]; do
            sleep 0.1
            i=$((i + 1))
        done
        kill -KILL "$nginx_pid" 2>/dev/null
        wait "$nginx_pid" 2>/dev/null
        nginx_pid=
    fi
}
trap 'stop_nginx; rm -rf "$scratch"' EXIT
trap 'exit 1' INT TERM HUP

# ---- The configuration --------------------------------------------
mkdir -p "$scratch/logs" "$scratch/tmp"
chmod 755 "$scratch"
user=
[ "$(id -u)" -ne 0 ] || user="user root;"
[ -f "$ndk" ] && load_ndk="load_module $ndk;" || load_ndk=

write_conf() {
    {
        cat <<EOF
$load_ndk
load_module $lua_mod;
$user
daemon off;
master_process on;
worker_processes 1;
pid $scratch/nginx.pid;
error_log $scratch/logs/error.log info;
env LD_LIBRARY_PATH;
env HTTPSTATUS_LIBRARY=$library;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path $scratch/tmp/body;
    proxy_temp_path $scratch/tmp/proxy;
    lua_package_path "$top_builddir/bindings/lua/?.lua;$top_srcdir/tests/lua/?.lua;;";
    init_by_lua_block { require "resty.httpstatus" }
    server {
        listen 127.0.0.1:$1;
        server_name localhost;

        include $top_srcdir/examples/nginx/httpstatus.conf;

        location = /info {
            content_by_lua_block {
                local hs = require "resty.httpstatus"
                ngx.header["Content-Type"] = "text/plain"
                ngx.say("full_status_line=", tostring(hs.full_status_line))
                ngx.say("ngx_lua_version=", ngx.config.ngx_lua_version)
                ngx.say("nginx_version=", ngx.config.nginx_version)
            }
        }

        # The ngx.HTTP_* constants this module has, against ours.
        location = /ngx-constants {
            content_by_lua_block {
                local hs = require "resty.httpstatus"
                local same, differ, only_ngx = 0, {}, {}
                for k, v in pairs(ngx) do
                    if type(k) == "string" and k:match("^HTTP_") and type(v) == "number"
                       and v >= 100 and v <= 599 then
                        if hs[k] == nil then
                            only_ngx[#only_ngx + 1] = k
                        elseif hs[k] == v then
                            same = same + 1
                        else
                            differ[#differ + 1] = k .. "=" .. v .. "/" .. tostring(hs[k])
                        end
                    end
                end
                table.sort(only_ngx)
                ngx.header["Content-Type"] = "text/plain"
                ngx.say("same=", same)
                ngx.say("differ=", table.concat(differ, " "))
                ngx.say("only_ngx=", table.concat(only_ngx, " "))
            }
        }

        # 408 sent as a response (return 408 closes the connection).
        location = /as408 { error_page 404 =408 /blank; return 404; }
        location = /blank { return 200 ""; }

        # Misuse inside nginx is a Lua error, logged; nginx answers 500.
        location = /misuse {
            content_by_lua_block {
                local hs = require "resty.httpstatus"
                ngx.say(hs.reason(404.5))
            }
        }
EOF
        # return NNN; for every code.
        c=100
        while [ $c -le 599 ]; do
            echo "        location = /return/$c { return $c; }"
            c=$((c + 1))
        done
        echo "    }"
        echo "}"
    } > "$scratch/nginx.conf"
}

# ---- Start on a free port (retry when it is taken) -----------------
port=
for attempt in 1 2 3 4 5 6 7 8; do
    try=$((20000 + ($$ * 7 + attempt * 7919 + $(date +%N 2>/dev/null | sed 's/^0*//;s/^$/0/') % 30000) % 40000))
    write_conf "$try"
    : > "$scratch/logs/error.log"
    # nginx reads inherited sockets from $NGINX: keep the test's NGINX away.
    env -u NGINX LD_LIBRARY_PATH="$top_builddir/libhttpstatus/.libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" \
        "$NGINX" -p "$scratch" -c "$scratch/nginx.conf" -e "$scratch/logs/error.log" \
        > "$scratch/logs/stdout.log" 2>&1 &
    nginx_pid=$!
    up=
    i=0
    while [ $i -lt 100 ]; do
        if ! kill -0 "$nginx_pid" 2>/dev/null; then
            break
        fi
        if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$try/info" 2>/dev/null; then
            up=1
            break
        fi
        sleep 0.1
        i=$((i + 1))
    done
    if [ -n "$up" ]; then
        port=$try
        break
    fi
    stop_nginx
    if grep -q "Address already in use" "$scratch/logs/error.log" "$scratch/logs/stdout.log"; then
        echo "# port $try is taken, trying another"
        continue
    fi
    cat "$scratch/logs/stdout.log" "$scratch/logs/error.log"
    fail "nginx starts with resty.httpstatus loaded"
    finish
done
[ -n "$port" ] || { fail "nginx found a free port"; finish; }
pass "nginx starts on 127.0.0.1:$port with resty.httpstatus loaded"
base="http://127.0.0.1:$port"

# request NAME [CURL ARGS...] URL: headers in $scratch/NAME.h, body in
# $scratch/NAME.b, the status line (without CR) in $status_line.
request() {
    name=$1
    shift
    curl -sS --max-time 10 -H 'Connection: close' -D "$scratch/$name.h" \
        -o "$scratch/$name.b" "$@" 2> "$scratch/$name.err"
    rc=$?
    status_line=$(head -n 1 "$scratch/$name.h" 2>/dev/null | tr -d '\r')
    return $rc
}
header() { # header NAME FIELD: the value of a response header
    sed -n "s/^$2: *//Ip" "$scratch/$1.h" | tr -d '\r' | head -n 1
}
# The library's dialect for this nginx's release ("nginx/1.22.1"); the bare
# "nginx" is the newest release the library checked, not this one.
nginx_dialect="nginx/$("$NGINX" -v 2>&1 | sed -n 's|.*nginx/\([0-9.]*\).*|\1|p')"
expected_line() { # the status line the library says nginx sends for a code
    "$hs" --status-line -d "$nginx_dialect" "$1" | tr -d '\r'
}

request info "$base/info"
sed 's/^/# /' "$scratch/info.b"
full=$(sed -n 's/^full_status_line=//p' "$scratch/info.b")
check "the module tells whether it can set the phrase" sh -c 'test "$1" = true || test "$1" = false' _ "$full"

# ---- The nginx dialect against this nginx -------------------------
# Every code comes back with the phrase nginx keeps for it: "" for the
# codes it does not know, and for 1xx, which it sends as a final response.
# Except what nginx does with its own codes: 408, 444 and 499 close the
# connection without a response, and 494-497 are answered with
# "400 Bad Request" (nginx's pages for them say why).  Those never reach
# the status line, whatever phrase the library keeps for them.
"$hs" --status-line -d "$nginx_dialect" $(seq 100 599) | tr -d '\r' > "$scratch/expected"
lines=$(wc -l < "$scratch/expected")
check "the library gives a status line for each of the 500 codes" test "$lines" -eq 500
mismatches=0
closed=
replaced=
c=100
while [ $c -le 599 ]; do
    want=$(sed -n "$((c - 99))p" "$scratch/expected")
    # A 1xx or a closed connection makes curl fail; the headers tell.
    request ret "$base/return/$c"
    got=$status_line
    case $c in
    408 | 444 | 499)
        if [ -z "$got" ]; then
            closed="$closed $c"
        else
            mismatches=$((mismatches + 1))
            echo "# $c: expected the connection to close, got '$got'"
        fi
        ;;
    494 | 495 | 496 | 497)
        if [ "$got" = "HTTP/1.1 400 Bad Request" ]; then
            replaced="$replaced $c"
        else
            mismatches=$((mismatches + 1))
            echo "# $c: expected nginx to answer 400 Bad Request, got '$got'"
        fi
        ;;
    *)
        if [ "$got" != "$want" ]; then
            mismatches=$((mismatches + 1))
            echo "# $c: nginx sent '$got', the library says '$want'"
        fi
        ;;
    esac
    c=$((c + 1))
done
check "nginx's status line is the library's nginx dialect for the other 493 codes" test "$mismatches" -eq 0
check "408, 444 and 499 close the connection without a response" test "$closed" = " 408 444 499"
check "494-497 are answered with 400 Bad Request" test "$replaced" = " 494 495 496 497"
# 408 does have a phrase: nginx sends it when 408 comes another way.
request as408 "$base/as408"
check "408 through error_page: '$(expected_line 408)'" test "$status_line" = "$(expected_line 408)"

# ---- send_error through examples/nginx/httpstatus.conf -------------
# body_is NAME CODE PHRASE: the JSON body carries code, phrase and the
# library's description.
body_is() {
    want_desc=$("$hs" --json "$2" | sed -n 's/.*"description": "\([^"]*\)".*/\1/p')
    if [ -n "$lua_json" ]; then
        LUA_PATH="$top_srcdir/tests/lua/?.lua" "$lua_json" "$scratch/body.lua" \
            "$scratch/$1.b" "$2" "$3" "$want_desc" "${4:-}"
    else
        grep -q "\"status\": $2, \"reason\": \"$3\"" "$scratch/$1.b"
    fi
}
cat > "$scratch/body.lua" <<'EOF'
local json = require "json"
local f = assert(io.open(arg[1], "rb"))
local ok, body = pcall(json.decode, f:read("*a"))
f:close()
if not ok then
    print("# " .. body)
    os.exit(1)
end
local want = { status = tonumber(arg[2]), reason = arg[3], description = arg[4] }
if arg[5] ~= "" then
    want.message = arg[5]
end
for k, v in pairs(want) do
    if body[k] ~= v then
        print("# " .. k .. ": got " .. tostring(body[k]) .. ", want " .. tostring(v))
        os.exit(1)
    end
end
EOF
length_ok() { # Content-Length equals the body's size
    test "$(header "$1" Content-Length)" = "$(wc -c < "$scratch/$1.b" | tr -d ' ')"
}

request unauth -H 'Accept: application/json' "$base/api/items"
check "401 without a token: status line" test "$status_line" = "HTTP/1.1 401 Unauthorized"
check "... JSON for Accept: application/json" test "$(header unauth Content-Type)" = "application/json"
check "... the JSON body has code, phrase, description and message" \
    body_is unauth 401 Unauthorized "send a bearer token"
check "... WWW-Authenticate from opts.headers" test "$(header unauth WWW-Authenticate)" = 'Bearer realm="api"'
check "... Content-Length matches the body" length_ok unauth

request text -H 'Accept: text/plain, application/json;q=0.5' "$base/api/items"
check "Accept preferring text/plain gets text" test "$(header text Content-Type)" = "text/plain; charset=utf-8"
check "... starting with '401 Unauthorized'" test "$(head -n 1 "$scratch/text.b")" = "401 Unauthorized"
check "... and the description" grep -qF "$("$hs" --json 401 | sed -n 's/.*"description": "\([^"]*\)".*/\1/p')" "$scratch/text.b"

request browser -H 'Accept: text/html,application/xhtml+xml,*/*;q=0.8' "$base/api/items"
check "a browser's Accept (a tie) gets the default, JSON" test "$(header browser Content-Type)" = "application/json"

request forbidden -H 'Authorization: Bearer bad' "$base/api/items"
check "a bad token: 403 Forbidden" test "$status_line" = "HTTP/1.1 403 Forbidden"
check "... JSON without Accept" body_is forbidden 403 Forbidden
request ok -H 'Authorization: Bearer good' "$base/api/items"
check "a good token passes: 200" test "$status_line" = "HTTP/1.1 200 OK"
check "... to the content handler" test "$(cat "$scratch/ok.b")" = "hello"

request limited "$base/limited"
check "429: status line" test "$status_line" = "$(expected_line 429 | sed 's|^HTTP/1\.[01] |HTTP/1.1 |')"
check "... Retry-After" test "$(header limited Retry-After)" = "30"
check "... body" body_is limited 429 "Too Many Requests"

# Codes nginx sends with an empty phrase: with ngx.resp.set_status the
# full line, without it exactly what nginx sends for `return NNN;`.
for c in 425 451 511 418 422; do
    phrase=$("$hs" --json "$c" | sed -n 's/^{"code": [0-9]*, "phrase": "\([^"]*\)".*/\1/p')
    request "e$c" "$base/error/$c"
    if [ "$full" = true ]; then
        want="HTTP/1.1 $c $phrase"
    else
        want=$(expected_line "$c" | sed 's|^HTTP/1\.[01] |HTTP/1.1 |')
    fi
    check "send_error($c): status line '$want'" test "$status_line" = "$want"
    check "... the body names it '$phrase'" body_is "e$c" "$c" "$phrase"
    check "... Content-Length" length_ok "e$c"
done

request head -I "$base/error/404"
check "HEAD: 404" test "$status_line" = "HTTP/1.1 404 Not Found"
# (curl -I writes the headers where the body would go.)
check "... no body" sh -c '! grep -q "\"status\"" "$1"' _ "$scratch/head.b"
request get404 "$base/error/404"
check "... the Content-Length of the GET body" test "$(header head Content-Length)" = "$(wc -c < "$scratch/get404.b" | tr -d ' ')"

if request close "$base/error/444"; then
    fail "send_error(444) closes the connection"
else
    check "send_error(444) closes the connection, as nginx's 444" test -z "$status_line"
fi

request not_error "$base/error/200"
check "/error/200 is refused with 400" test "$status_line" = "HTTP/1.1 400 Bad Request"
check "... with a message" body_is not_error 400 "Bad Request" "not an error code: 200"

request lookup "$base/lookup?phrase=Moved%20Temporarily"
check "/lookup?phrase=Moved Temporarily" test "$(head -n 1 "$scratch/lookup.b")" = "302 Found"
check "... with nginx's line" grep -qx "nginx sends: HTTP/1.1 302 Moved Temporarily" "$scratch/lookup.b"
request lookup2 "$base/lookup?code=abc"
check "/lookup?code=abc: 400" test "$status_line" = "HTTP/1.1 400 Bad Request"
request lookup3 "$base/lookup?phrase=Nope"
check "/lookup?phrase=Nope: 404 with the library's message" body_is lookup3 404 "Not Found" "unknown reason phrase"

# ---- ngx.HTTP_* and misuse ------------------------------------------
request consts "$base/ngx-constants"
sed 's/^/# /' "$scratch/consts.b"
same=$(sed -n 's/^same=//p' "$scratch/consts.b")
check "the ngx.HTTP_* status names we share have the same values" grep -qx "differ=" "$scratch/consts.b"
check "... at least 25 of them" test "${same:-0}" -ge 25

request misuse "$base/misuse"
check "misuse inside nginx: 500" test "$status_line" = "HTTP/1.1 500 Internal Server Error"
check "... logged with the luaL-style message" \
    grep -q "bad argument #1 to 'reason' (number has no integer representation)" "$scratch/logs/error.log"

stop_nginx
check "nginx stopped" test -z "$nginx_pid"
if grep '\[\(emerg\|alert\|crit\)\]' "$scratch/logs/error.log"; then
    fail "no emerg, alert or crit in the error log"
else
    pass "no emerg, alert or crit in the error log"
fi
errors=$(grep '\[error\]' "$scratch/logs/error.log" | grep -v "number has no integer representation" || true)
if [ -n "$errors" ]; then
    printf '%s\n' "$errors" | sed 's/^/# /'
    fail "no unexpected [error] in the error log"
else
    pass "no unexpected [error] in the error log"
fi
finish
