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
# Decodes JSON bodies with lua-cjson when a Lua is at hand.
lua_json=${LUAJIT:-${LUA:-}}
# Checks JSON strictly and HTML pages with Python when it is at hand.
python=$(command -v python3 2>/dev/null || true)

# Stop nginx on every exit, also on failure.
nginx_pid=
stop_nginx() {
    stop_pid "$nginx_pid" QUIT
    nginx_pid=
}
trap 'stop_nginx; rm -rf "$scratch"' EXIT
trap 'exit 1' INT TERM HUP

# ---- The configuration --------------------------------------------
mkdir -p "$scratch/logs" "$scratch/tmp" "$scratch/html"
echo "hello" > "$scratch/html/index.html"
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

        # A file as Debian's nginx serves one, for README's session.
        location / { root $scratch/html; }

        location = /info {
            content_by_lua_block {
                local hs = require "resty.httpstatus"
                ngx.header["Content-Type"] = "text/plain"
                ngx.say("full_status_line=", tostring(hs.full_status_line))
                ngx.say("ngx_lua_version=", ngx.config.ngx_lua_version)
                ngx.say("nginx_version=", ngx.config.nginx_version)
                ngx.say("dialect_version=", hs.dialect_version("nginx"))
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

        # send_error with a message from the query (?m=, URI-decoded), a
        # status (?status=) and a format (?format=).
        location = /message {
            content_by_lua_block {
                local hs = require "resty.httpstatus"
                local m = ngx.var.arg_m and ngx.unescape_uri(ngx.var.arg_m)
                return hs.send_error(ngx.var.arg_status or 422,
                                     { message = m, format = ngx.var.arg_format })
            }
        }

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
# Inside nginx, "nginx" is the running release when the library checked it.
running=$(sed -n 's/^nginx_version=//p' "$scratch/info.b")
check "inside nginx, the dialect nginx is the running release ($running)" \
    test "$(sed -n 's/^dialect_version=//p' "$scratch/info.b")" = "$running"
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
# The phrase is the dialect's (a bare return 408 sends nothing at all).
want408="HTTP/1.1 $("$hs" -1 -d "$nginx_dialect" 408)"
check "408 through error_page: '$want408'" test "$status_line" = "$want408"

# ---- send_error through examples/nginx/httpstatus.conf -------------
# body_is NAME CODE PHRASE: the JSON body carries code, phrase and the
# library's description.
body_is() {
    want_desc=$("$hs" --json "$2" | sed -n 's/.*"description": "\([^"]*\)".*/\1/p')
    if [ -n "$lua_json" ]; then
        "$lua_json" "$scratch/body.lua" \
            "$scratch/$1.b" "$2" "$3" "$want_desc" "${4:-}"
    else
        grep -q "\"status\": $2, \"reason\": \"$3\"" "$scratch/$1.b"
    fi
}
cat > "$scratch/body.lua" <<'EOF'
local json = require "cjson"
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
html_text() { # text as it appears in an HTML page
    printf '%s' "$1" | sed "s/&/\&amp;/g; s/</\&lt;/g; s/>/\&gt;/g; s/\"/\&quot;/g; s/'/\&#39;/g"
}
# The body is valid UTF-8 (iconv rejects anything else).
utf8_ok() {
    iconv -f UTF-8 -t UTF-8 "$scratch/$1.b" > /dev/null 2>&1
}
# json_has NAME JSON: the body parses as strict JSON (Python's json, which
# rejects invalid UTF-8) and has every member of JSON with its value.
json_has() {
    [ -n "$python" ] || { echo "# no python3: $1 not parsed"; grep -q '"status"' "$scratch/$1.b"; return; }
    "$python" - "$scratch/$1.b" "$2" <<'PY'
import json, sys
body = json.loads(open(sys.argv[1], "rb").read().decode("utf-8", "strict"))
want = json.loads(sys.argv[2])
bad = {k: body.get(k) for k in want if body.get(k) != want[k]}
if bad:
    print("# differ:", bad, "in", body)
    sys.exit(1)
PY
}
# The HTML page: a doctype, every element closed in order, nothing
# fetched from elsewhere (no src, href or url()).
html_ok() {
    [ -n "$python" ] || { grep -q '^<!DOCTYPE html>' "$scratch/$1.b"; return; }
    "$python" - "$scratch/$1.b" <<'PY'
import sys
from html.parser import HTMLParser
text = open(sys.argv[1], "rb").read().decode("utf-8", "strict")
void = {"meta", "link", "br", "hr", "img", "input"}
class Check(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.errors, self.tags = [], [], set()
    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        if any(k in ("src", "href") for k, _ in attrs):
            self.errors.append("external reference in <%s>" % tag)
        if tag not in void:
            self.stack.append(tag)
    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.errors.append("</%s> out of order" % tag)
c = Check()
c.feed(text)
c.close()
if not text.startswith("<!DOCTYPE html>"):
    c.errors.append("no doctype")
if c.stack:
    c.errors.append("unclosed: %s" % c.stack)
if "url(" in text:
    c.errors.append("url() in the style")
for tag in ("html", "head", "title", "body", "h1"):
    if tag not in c.tags:
        c.errors.append("no <%s>" % tag)
if c.errors:
    print("#", c.errors)
    sys.exit(1)
PY
}

request unauth -H 'Accept: application/json' "$base/api/items"
check "401 without a token: status line" test "$status_line" = "HTTP/1.1 401 Unauthorized"
check "... JSON for Accept: application/json" test "$(header unauth Content-Type)" = "application/json; charset=utf-8"
check "... Vary: Accept" test "$(header unauth Vary)" = "Accept"
check "... the JSON body has code, phrase, description and message" \
    body_is unauth 401 Unauthorized "send a bearer token"
check "... WWW-Authenticate from opts.headers" test "$(header unauth WWW-Authenticate)" = 'Bearer realm="api"'
check "... Content-Length matches the body" length_ok unauth

request text -H 'Accept: text/plain, application/json;q=0.5' "$base/api/items"
check "Accept preferring text/plain gets text" test "$(header text Content-Type)" = "text/plain; charset=utf-8"
check "... starting with '401 Unauthorized'" test "$(head -n 1 "$scratch/text.b")" = "401 Unauthorized"
check "... and the description" grep -qF "$("$hs" --json 401 | sed -n 's/.*"description": "\([^"]*\)".*/\1/p')" "$scratch/text.b"

# A browser's own Accept header (Firefox, Chrome): an HTML page.
browser_accept='text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'
request browser -H "Accept: $browser_accept" "$base/api/items"
check "a browser's Accept gets HTML" test "$(header browser Content-Type)" = "text/html; charset=utf-8"
check "... a page titled '401 Unauthorized'" grep -q '<title>401 Unauthorized</title>' "$scratch/browser.b"
check "... with the description" grep -qF "$(html_text "$("$hs" --json 401 | sed -n 's/.*"description": "\([^"]*\)".*/\1/p')")" "$scratch/browser.b"
check "... and the message" grep -q '<p>send a bearer token</p>' "$scratch/browser.b"
check "... a well-formed, self-contained HTML document" html_ok browser
check "... Content-Length matches the body" length_ok browser

request problem -H 'Accept: application/problem+json' "$base/api/items"
check "Accept: application/problem+json gets problem details (RFC 9457)" \
    test "$(header problem Content-Type)" = "application/problem+json; charset=utf-8"
check "... type about:blank, title the phrase, status, detail the message" \
    json_has problem '{"type": "about:blank", "title": "Unauthorized", "status": 401, "detail": "send a bearer token"}'

request q0 -H 'Accept: application/json;q=0, text/plain;q=0.1' "$base/api/items"
check "q=0 excludes JSON: text/plain" test "$(header q0 Content-Type)" = "text/plain; charset=utf-8"
request q0b -H "Accept: text/html;q=0, $browser_accept" "$base/api/items"
check "q=0 on text/html beats a browser's text/html: the default, JSON" \
    test "$(header q0b Content-Type)" = "application/json; charset=utf-8"

# A message with bytes that are not UTF-8 (%FF%FE): every body is UTF-8,
# the JSON ones are accepted by a strict parser.
for fmt in json problem html text; do
    request "msg-$fmt" "$base/message?format=$fmt&m=bad%FF%FEbytes%3Cb%3E"
    check "message with ff fe as $fmt: the body is valid UTF-8" utf8_ok "msg-$fmt"
done
check "... U+FFFD in the JSON message" json_has msg-json '{"status": 422, "message": "bad\ufffd\ufffdbytes<b>"}'
check "... and in the problem detail" json_has msg-problem '{"detail": "bad\ufffd\ufffdbytes<b>"}'
check "... escaped in the HTML page" grep -q '<p>bad.*bytes&lt;b&gt;</p>' "$scratch/msg-html.b"
check "... an HTML page without a raw <b>" sh -c '! grep -q "<b>" "$1"' _ "$scratch/msg-html.b"

# HEAD, 204 and 304: no body.
request head204 "$base/message?status=204"
check "send_error(204): 204, no body" sh -c 'test "$1" = "HTTP/1.1 204 No Content" && test ! -s "$2"' _ "$status_line" "$scratch/head204.b"
request head304 "$base/message?status=304"
check "send_error(304): 304, no body" sh -c 'test "$1" = "HTTP/1.1 304 Not Modified" && test ! -s "$2"' _ "$status_line" "$scratch/head304.b"

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
    phrase=$("$hs" --format '%p' "$c")
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
check "/lookup?phrase=Nope: 404 with the library's message" body_is lookup3 404 "Not Found" 'unknown reason phrase: "Nope"'

# ---- check_response() in header_filter_by_lua -----------------------
# The example's /checked/ location: a clean 200 logs nothing, a 405
# without Allow logs 405-without-allow with its section, at warn.
: > "$scratch/before.log"
cp "$scratch/logs/error.log" "$scratch/before.log"
request checked_ok "$base/checked/ok"
check "/checked/ok: 200" test "$status_line" = "HTTP/1.1 200 OK"
request checked_405 "$base/checked/405"
check "/checked/405: 405" test "$status_line" = "HTTP/1.1 405 Not Allowed"
# The log lines the two requests added.
tail -n +"$(($(wc -l < "$scratch/before.log") + 1))" "$scratch/logs/error.log" |
    grep 'httpstatus: ' > "$scratch/checked.log" || true
sed 's/^/# /' "$scratch/checked.log"
check "check_response logs 405-without-allow with RFC 9110, Section 15.5.6" \
    grep -q '\[warn\].*httpstatus: error: 405-without-allow: .*\[RFC 9110, Section 15.5.6\] in the response to GET /checked/405' \
    "$scratch/checked.log"
check "... and nothing for the clean response to /checked/ok" \
    sh -c '! grep -q "/checked/ok" "$1"' _ "$scratch/checked.log"
check "... nor no-date, which nginx adds after the Lua filter" \
    sh -c '! grep -q "no-date" "$1"' _ "$scratch/checked.log"
# The same head as curl sees it, through the command line: nginx's own
# Allow-less 405 is an error there too.
curl -sI -H 'Connection: close' "$base/checked/405" > "$scratch/checked.head"
"$hs" --check --method HEAD "$scratch/checked.head" > "$scratch/checked.out"
st=$?
sed 's/^/# /' "$scratch/checked.out"
check "curl -sI | httpstatus --check on nginx's 405: exit 1" test "$st" -eq 1
check "... 405-without-allow" grep -q "405-without-allow" "$scratch/checked.out"
curl -sI -H 'Connection: close' "$base/checked/ok" > "$scratch/ok.head"
"$hs" --check --method HEAD "$scratch/ok.head" > "$scratch/ok.out"
st=$?
sed 's/^/# /' "$scratch/ok.out"
check "... and on its 200: exit 0" test "$st" -eq 0

# README's session on a real server, replayed against this nginx.
. "$top_srcdir/man/manlib.sh"
awk '/^<!-- replayed by tests\/nginx\/nginx.sh -->$/ { want = 1; next }
     want && /^```/ { if (on) exit; on = 1; next }
     on' "$top_srcdir/README.md" | sed "s|http://127.0.0.1:8080|$base|g" > "$scratch/readme.session"
check "README has the session on nginx" grep -q 'httpstatus --check' "$scratch/readme.session"
mkdir -p "$scratch/readme"
PATH="$top_builddir/tools:$PATH" run_transcript "README's session on nginx" \
    "$scratch/readme.session" "$scratch/readme"

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
