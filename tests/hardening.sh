#!/bin/sh
# SPDX-License-Identifier: MIT
# The hardening flags configure adds really reach libhttpstatus.so: full
# RELRO (a GNU_RELRO segment and BIND_NOW), a non-executable stack, and
# stack-protector canaries in every function the compiler judges to need
# one.  Skipped when configure ran with --disable-hardening.
. "$top_srcdir/tests/lib.sh"

lib="$top_builddir/libhttpstatus/.libs/libhttpstatus.so"
[ -f "$lib" ] || skip "no shared library was built"
readelf=${READELF:-readelf}
command -v "$readelf" >/dev/null 2>&1 || skip "readelf not found"
[ -n "${HS_HARDEN_CFLAGS:-}${HS_HARDEN_LDFLAGS:-}" ] ||
	skip "configured without hardening flags (--disable-hardening)"

"$readelf" -W -l "$lib" > "$scratch/segments"
"$readelf" -W -d "$lib" > "$scratch/dynamic"
"$readelf" -W --dyn-syms "$lib" > "$scratch/syms"

case " $HS_HARDEN_LDFLAGS " in
*" -Wl,-z,relro "*)
	check "RELRO: a GNU_RELRO segment" grep -q 'GNU_RELRO' "$scratch/segments"
	;;
*) echo "# the linker does not take -z relro: not checked" ;;
esac
case " $HS_HARDEN_LDFLAGS " in
*" -Wl,-z,now "*)
	check "BIND_NOW: symbols are bound at load time" \
		grep -Eq '\((FLAGS|FLAGS_1|BIND_NOW)\)[[:space:]].*NOW' "$scratch/dynamic"
	;;
*) echo "# the linker does not take -z now: not checked" ;;
esac
check "the stack is not executable" \
	sh -c "grep 'GNU_STACK' '$scratch/segments' | grep -Eqv 'RWE'"

case " $HS_HARDEN_CFLAGS " in
*" -fstack-protector-strong "*)
	if grep -q '__stack_chk_fail' "$scratch/syms"; then
		pass "stack protector: the library checks canaries (__stack_chk_fail)"
	else
		# No canary at all: fine only if no function needs one.  Ask the
		# compiler, source by source, with the same flag.
		need=
		for src in normalize.c lookup.c phrase.c statusline.c; do
			if ${CC:-cc} -S -o - -fstack-protector-strong -O2 \
				-I"$top_builddir" -I"$top_builddir/libhttpstatus" \
				-I"$top_srcdir/libhttpstatus" \
				"$top_srcdir/libhttpstatus/$src" 2>/dev/null |
				grep -q '__stack_chk_fail'; then
				need="$need $src"
			fi
		done
		if [ -n "$need" ]; then
			fail "stack protector: no canary in the library, yet$need need one"
		else
			pass "stack protector: no function in the library needs a canary"
		fi
	fi
	;;
*) echo "# the compiler does not take -fstack-protector-strong: not checked" ;;
esac

case " $HS_HARDEN_CFLAGS " in
*" -D_FORTIFY_SOURCE="*)
	fortified=$(grep -o '__[a-z_]*_chk' "$scratch/syms" | grep -v stack_chk | sort -u | tr '\n' ' ')
	echo "# FORTIFY_SOURCE is on; checked calls in the library: ${fortified:-none needed}"
	;;
esac
finish
