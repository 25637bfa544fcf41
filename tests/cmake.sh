#!/bin/sh
# SPDX-License-Identifier: MIT
# A CMake project finds the installed library, as its users' projects
# would: with find_package(libhttpstatus 1.0 CONFIG REQUIRED) and the
# package files under LIBDIR/cmake/libhttpstatus, and with
# pkg_check_modules(... IMPORTED_TARGET).  Both against a DESTDIR install.
. "$top_srcdir/tests/lib.sh"

[ -n "${CMAKE:-}" ] || skip "cmake not found"
command -v pkg-config >/dev/null 2>&1 || skip "pkg-config not found"
dest="$scratch/dest"
installed_copy "$dest" || { fail "make install DESTDIR=..."; finish; }

configdir=$(find "$dest" -type d -path '*/cmake/libhttpstatus' | head -n 1)
check "the CMake package files are installed under LIBDIR/cmake/libhttpstatus" \
	test -f "$configdir/libhttpstatus-config.cmake" -a -f "$configdir/libhttpstatus-config-version.cmake"
pcdir=$(dirname "$(find "$dest" -name libhttpstatus.pc | head -n 1)")
prefix=$(PKG_CONFIG_PATH="$pcdir" pkg-config --variable=prefix libhttpstatus)
libdir=$(dirname "$(dirname "$configdir")")
[ -n "$configdir" ] || finish

# project NAME CMAKE-ARGS...: configures and builds tests/cmake in
# $scratch/NAME with the test's compiler and flags; runs the program.
project() {
	name=$1; shift
	b="$scratch/$name"
	# A sanitizer build's library needs the runtime in the program too.
	if "$CMAKE" -S "$top_srcdir/tests/cmake" -B "$b" -DCMAKE_C_COMPILER="${CC%% *}" \
		-DCMAKE_C_FLAGS="${HS_TEST_CFLAGS:-}" -DCMAKE_EXE_LINKER_FLAGS="${HS_TEST_CFLAGS:-}" \
		-DHS_EXPECT_VERSION="$HS_VERSION" "$@" > "$b.log" 2>&1 &&
		"$CMAKE" --build "$b" >> "$b.log" 2>&1; then
		pass "$name: configure and build"
	else
		sed 's/^/# /' "$b.log"
		fail "$name: configure and build"
		return
	fi
	out=$(LD_LIBRARY_PATH="$libdir" "$b/app")
	check "$name: the program runs against the installed library" \
		test "$out" = "I'm a teapot|302|$HS_VERSION"
	check "$name: it loads the installed copy, not the build tree" \
		sh -c "LD_LIBRARY_PATH='$libdir' ldd '$b/app' | grep -q '$dest'"
}

# find_package() searches PREFIX/LIBDIR/cmake/<name>/ under each entry of
# CMAKE_PREFIX_PATH; the configuration file finds the rest from there.
project find-package -DCMAKE_PREFIX_PATH="$dest$prefix"
check "find-package: libhttpstatus::libhttpstatus, the configured version" \
	grep -q "libhttpstatus $HS_VERSION as libhttpstatus::libhttpstatus" "$scratch/find-package.log"

# pkg-config's sysroot moves the .pc file's paths into DESTDIR.
PKG_CONFIG_PATH="$pcdir" PKG_CONFIG_SYSROOT_DIR="$dest" \
	project pkg-config -DHS_USE_PKGCONFIG=ON
finish
