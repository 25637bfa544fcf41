#!/bin/sh
# SPDX-License-Identifier: MIT
# What the real servers put on the wire, against httpstatus_wire_line():
# the Debian nginx and Apache httpd installed on this machine, each started
# in its own directory on 127.0.0.1, in the foreground (in the
# background of this script), stopped by its pid, within time limits.
#
#   nginx   "return N;" for 100-599 and some of 600-999
#   Apache  mod_alias "Redirect N" (a module setting the status) for
#           300-599: mod_alias takes no other codes, and mod_rewrite only
#           the codes Apache has a phrase for
#
# Each server is asked for its own version, and the library's dialect for
# that release ("nginx/1.22.1", "Apache/2.4.71") gives the expectations.
# SKIP (77) when neither server nor curl is there; a missing server only
# skips its half.
. "$top_srcdir/tests/lib.sh"

CURL=${CURL:-$(command -v curl 2>/dev/null || true)}
NGINX=${NGINX:-}
[ -n "$NGINX" ] || for a in "$(command -v nginx 2>/dev/null)" /usr/sbin/nginx; do
	[ -n "$a" ] && [ -x "$a" ] && NGINX=$a && break
done
APACHE=${APACHE:-}
[ -n "$APACHE" ] || for a in /usr/sbin/apache2 /usr/sbin/httpd; do
	[ -x "$a" ] && APACHE=$a && break
done
[ -n "$CURL" ] && [ -x "$CURL" ] || skip "curl not found"
[ -n "$NGINX$APACHE" ] || skip "neither nginx nor Apache httpd found"
[ -z "$APACHE" ] || command -v setsid > /dev/null 2>&1 || APACHE=
lines="$top_builddir/tests/servers/wire-lines"
[ -x "$lines" ] || { echo "tests/servers/wire-lines was not built"; exit 99; }

curl() {
	env -u LD_PRELOAD timeout 15 "$CURL" "$@"
}

server_pid=
stop_server() {
	stop_pid "$server_pid" TERM
	server_pid=
}
trap 'stop_server; rm -rf "$scratch"' EXIT
trap 'exit 1' INT TERM HUP
chmod 755 "$scratch"

# start NAME CONFIG-WRITER COMMAND...: starts the server on a free port
# (CONFIG-WRITER PORT writes its configuration), waits until it answers.
port=
start() {
	name=$1 writer=$2
	shift 2
	port=
	for attempt in 1 2 3 4 5 6; do
		try=$((20000 + ($$ * 13 + attempt * 7919 + $(date +%N | sed 's/^0*//;s/^$/0/') % 30000) % 40000))
		"$writer" "$try"
		: > "$scratch/$name.err"
		"$@" > "$scratch/$name.out" 2>&1 &
		server_pid=$!
		i=0
		while [ $i -lt 100 ] && kill -0 "$server_pid" 2>/dev/null; do
			if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$try/up" 2>/dev/null; then
				port=$try
				return 0
			fi
			sleep 0.1
			i=$((i + 1))
		done
		stop_server
		if grep -qi "address already in use" "$scratch/$name.out" "$scratch/$name.err"; then
			continue
		fi
		cat "$scratch/$name.out" "$scratch/$name.err"
		return 1
	done
	return 1
}

# status_line URL: the first line the server sends, without CR; empty when
# it closes the connection without a response.
status_line() {
	curl -s --max-time 10 -H 'Connection: close' -D - -o /dev/null "$1" 2>/dev/null |
		head -n 1 | tr -d '\r'
}

# compare DIALECT BASE CODES...: each code's line against the library's.
compare() {
	dialect=$1 base=$2
	shift 2
	"$lines" "$dialect" "$@" > "$scratch/want" || { fail "$dialect: the library answers"; return; }
	bad=0 n=0
	for c in "$@"; do
		n=$((n + 1))
		want=$(sed -n "${n}p" "$scratch/want")
		got=$(status_line "$base/$c")
		[ -n "$got" ] || got=-
		if [ "$got" != "$want" ]; then
			bad=$((bad + 1))
			echo "# $dialect $c: the server sent '$got', the library says '$want'"
		fi
	done
	check "$dialect: the library's wire line for $n codes is what the server sent" \
		test "$bad" -eq 0
}

# ---- nginx ----------------------------------------------------------------
nginx_conf() {
	mkdir -p "$scratch/nginx/logs" "$scratch/nginx/tmp"
	{
		[ "$(id -u)" -ne 0 ] || echo "user root;"
		cat <<CONF
daemon off;
master_process off;
pid $scratch/nginx/nginx.pid;
error_log $scratch/nginx.err;
events { worker_connections 32; }
http {
    access_log off;
    client_body_temp_path $scratch/nginx/tmp;
    server {
        listen 127.0.0.1:$1;
        location = /up { return 204; }
CONF
		for c in $nginx_codes; do
			echo "        location = /$c { return $c; }"
		done
		echo "    }"
		echo "}"
	} > "$scratch/nginx.conf"
}

if [ -n "$NGINX" ] && [ -x "$NGINX" ]; then
	version=$("$NGINX" -v 2>&1 | sed -n 's|.*nginx/\([0-9.]*\).*|\1|p')
	nginx_codes="$(seq 100 599) 600 700 799 999"
	if ! "$lines" "nginx/$version" 200 > /dev/null; then
		echo "# nginx $version is not a release the library has checked"
		fail "the library knows nginx/$version"
	elif start nginx nginx_conf env -u NGINX "$NGINX" -p "$scratch/nginx" \
		-c "$scratch/nginx.conf" -e "$scratch/nginx.err"; then
		pass "nginx $version runs on 127.0.0.1:$port"
		compare "nginx/$version" "http://127.0.0.1:$port" $nginx_codes
		check "nginx: return 494 gives 400 Bad Request" \
			test "$(status_line "http://127.0.0.1:$port/494")" = "HTTP/1.1 400 Bad Request"
		check "nginx: return 444 sends nothing" \
			test -z "$(status_line "http://127.0.0.1:$port/444")"
		stop_server
	else
		fail "nginx starts"
	fi
else
	echo "# no nginx: its half is skipped"
fi

# ---- Apache httpd ----------------------------------------------------------
apache_conf() {
	mkdir -p "$scratch/apache"
	{
		cat <<CONF
ServerRoot $scratch/apache
ServerName localhost
Listen 127.0.0.1:$1
PidFile $scratch/apache/httpd.pid
ErrorLog $scratch/apache.err
LoadModule mpm_prefork_module $apache_modules/mod_mpm_prefork.so
LoadModule authz_core_module $apache_modules/mod_authz_core.so
LoadModule alias_module $apache_modules/mod_alias.so
StartServers 1
MinSpareServers 1
MaxSpareServers 2
DocumentRoot $scratch/apache
Redirect 410 /up
CONF
		for c in $apache_codes; do
			case $c in
			3??) echo "Redirect $c /$c http://localhost/elsewhere" ;;
			*) echo "Redirect $c /$c" ;;
			esac
		done
	} > "$scratch/apache.conf"
}

if [ -n "$APACHE" ]; then
	version=$("$APACHE" -v 2>&1 | sed -n 's|.*Apache/\([0-9.]*\).*|\1|p')
	apache_modules=
	for m in /usr/lib/apache2/modules /usr/lib64/httpd/modules /usr/lib/httpd/modules; do
		[ -f "$m/mod_alias.so" ] && apache_modules=$m && break
	done
	apache_codes=$(seq 300 599 | grep -v '^410$')
	if [ -z "$apache_modules" ]; then
		echo "# Apache's modules not found: its half is skipped"
	elif ! "$lines" "Apache/$version" 200 > /dev/null; then
		echo "# Apache $version is not a release the library has checked"
		fail "the library knows Apache/$version"
	# Apache signals its whole process group when it stops: it gets one of
	# its own (setsid), or it would stop this script and make too.
	elif start apache apache_conf setsid "$APACHE" -f "$scratch/apache.conf" -DFOREGROUND; then
		pass "Apache $version runs on 127.0.0.1:$port"
		# /up answers 410 Gone: the server is up.  410 itself is checked there.
		compare "Apache/$version" "http://127.0.0.1:$port" $apache_codes
		want410=$("$lines" "Apache/$version" 410)
		check "Apache: 410 is '$want410'" \
			test "$(status_line "http://127.0.0.1:$port/up")" = "$want410"
		stop_server
	else
		fail "Apache starts"
	fi
else
	echo "# no Apache httpd: its half is skipped"
fi
finish
