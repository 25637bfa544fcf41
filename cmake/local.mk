# SPDX-License-Identifier: MIT
# The CMake package files, for find_package(libhttpstatus CONFIG).  They are
# installed in LIBDIR/cmake/libhttpstatus, where find_package() looks under
# every prefix it searches.  The version file comes from configure; the
# configuration file is made here, where the install directories are known.

cmakeconfigdir = $(libdir)/cmake/libhttpstatus
nodist_cmakeconfig_DATA = \
	cmake/libhttpstatus-config.cmake \
	cmake/libhttpstatus-config-version.cmake
EXTRA_DIST += \
	cmake/libhttpstatus-config.cmake.in \
	cmake/libhttpstatus-config-version.cmake.in
CLEANFILES += cmake/libhttpstatus-config.cmake

# The header's directory, relative to LIBDIR when both lie under the
# prefix (LIBDIR/../include for LIBDIR=PREFIX/lib), else absolute; the
# soname from libtool.
cmake/libhttpstatus-config.cmake: $(top_srcdir)/cmake/libhttpstatus-config.cmake.in \
		libhttpstatus/libhttpstatus.la Makefile
	@$(MKDIR_P) cmake
	$(AM_V_GEN)pfx='$(prefix)'; lib='$(libdir)'; inc='$(includedir)'; \
	case "$$lib/:$$inc/" in \
	"$$pfx"/*:"$$pfx"/*) \
		up=`printf '%s\n' "$${lib#"$$pfx"/}" | $(SED) 's|[^/][^/]*|..|g'`; \
		inc="\$${_libhttpstatus_libdir}/$$up/$${inc#"$$pfx"/}";; \
	esac; \
	soname=`$(SED) -n "s/^dlname='\(.*\)'$$/\1/p" libhttpstatus/libhttpstatus.la`; \
	$(SED) -e "s|@HS_CMAKE_INCLUDEDIR@|$$inc|" -e "s|@HS_SONAME@|$$soname|" \
		$(top_srcdir)/cmake/libhttpstatus-config.cmake.in > $@.tmp && mv $@.tmp $@
