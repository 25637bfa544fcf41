# SPDX-License-Identifier: MIT
# The library.  Its tables and the public header are generated from
# status.table by tools/gentables.

lib_LTLIBRARIES += libhttpstatus/libhttpstatus.la
# libhttpstatus.c includes the other source files: one translation unit.
libhttpstatus_libhttpstatus_la_SOURCES = \
	libhttpstatus/libhttpstatus.c \
	libhttpstatus/internal.h \
	libhttpstatus/dialects.def \
	libhttpstatus/flags.def \
	libhttpstatus/fieldflags.def \
	libhttpstatus/fieldname.h \
	libhttpstatus/normalize.h
hs_lib_included_sources = \
	libhttpstatus/normalize.c \
	libhttpstatus/lookup.c \
	libhttpstatus/phrase.c \
	libhttpstatus/statusline.c \
	libhttpstatus/fields.c \
	libhttpstatus/check.c
EXTRA_DIST += $(hs_lib_included_sources)
nodist_libhttpstatus_libhttpstatus_la_SOURCES = \
	libhttpstatus/tables.h \
	libhttpstatus/fieldtables.h \
	libhttpstatus/httpstatus.h
# Spelled out so that `make libhttpstatus/libhttpstatus.la` works from a
# clean build directory too, where BUILT_SOURCES does not apply.
$(libhttpstatus_libhttpstatus_la_OBJECTS): libhttpstatus/tables.c \
	libhttpstatus/tables.h libhttpstatus/fieldtables.c libhttpstatus/fieldtables.h \
	libhttpstatus/httpstatus.h
libhttpstatus_libhttpstatus_la_CFLAGS = $(AM_CFLAGS) $(VISIBILITY_CFLAGS) \
	$(INTERPOSITION_CFLAGS)
libhttpstatus_libhttpstatus_la_LDFLAGS = $(AM_LDFLAGS) -no-undefined \
	-version-info $(LT_VERSION_INFO) $(INTERPOSITION_LDFLAGS) \
	-Wl,--version-script=$(top_srcdir)/libhttpstatus/libhttpstatus.sym
libhttpstatus_libhttpstatus_la_DEPENDENCIES = $(top_srcdir)/libhttpstatus/libhttpstatus.sym

nodist_include_HEADERS = libhttpstatus/httpstatus.h
pkgconfig_DATA = libhttpstatus/libhttpstatus.pc

EXTRA_DIST += \
	libhttpstatus/status.table \
	libhttpstatus/fields.table \
	libhttpstatus/httpstatus.h.in \
	libhttpstatus/libhttpstatus.sym \
	libhttpstatus/libhttpstatus.pc.in

BUILT_SOURCES += \
	libhttpstatus/httpstatus.h \
	libhttpstatus/tables.h \
	libhttpstatus/tables.c \
	libhttpstatus/fieldtables.h \
	libhttpstatus/fieldtables.c
CLEANFILES += \
	libhttpstatus/httpstatus.h \
	libhttpstatus/tables.h \
	libhttpstatus/tables.c \
	libhttpstatus/fieldtables.h \
	libhttpstatus/fieldtables.c \
	tools/gentables$(BUILD_EXEEXT)

# The generator runs on the build machine, so it is built with
# CC_FOR_BUILD and none of the target's flags (sanitizers included).
GENTABLES = tools/gentables$(BUILD_EXEEXT)
GENTABLES_SRC = $(top_srcdir)/tools/gentables.c $(top_srcdir)/libhttpstatus/normalize.c \
	$(top_srcdir)/libhttpstatus/normalize.h $(top_srcdir)/libhttpstatus/dialects.def \
	$(top_srcdir)/libhttpstatus/flags.def $(top_srcdir)/libhttpstatus/fieldflags.def \
	$(top_srcdir)/libhttpstatus/fieldname.h
STATUS_TABLE = $(top_srcdir)/libhttpstatus/status.table
FIELDS_TABLE = $(top_srcdir)/libhttpstatus/fields.table

$(GENTABLES): $(GENTABLES_SRC)
	@$(MKDIR_P) tools
	$(AM_V_CCLD)$(CC_FOR_BUILD) $(CFLAGS_FOR_BUILD) -I$(top_srcdir)/libhttpstatus \
		-o $@ $(top_srcdir)/tools/gentables.c $(top_srcdir)/libhttpstatus/normalize.c

AM_V_GEN_TABLE = $(am__v_GEN_TABLE_@AM_V@)
am__v_GEN_TABLE_ = $(am__v_GEN_TABLE_@AM_DEFAULT_V@)
am__v_GEN_TABLE_0 = @echo "  GENTAB  " $@;

libhttpstatus/httpstatus.h: $(top_srcdir)/libhttpstatus/httpstatus.h.in $(STATUS_TABLE) $(GENTABLES)
	@$(MKDIR_P) libhttpstatus
	$(AM_V_GEN_TABLE)$(GENTABLES) header $(STATUS_TABLE) \
		$(top_srcdir)/libhttpstatus/httpstatus.h.in \
		$(HTTPSTATUS_VERSION_MAJOR) $(HTTPSTATUS_VERSION_MINOR) \
		$(HTTPSTATUS_VERSION_MICRO) > $@.tmp && mv $@.tmp $@

libhttpstatus/tables.h: $(STATUS_TABLE) $(GENTABLES)
	@$(MKDIR_P) libhttpstatus
	$(AM_V_GEN_TABLE)$(GENTABLES) tables-h $(STATUS_TABLE) > $@.tmp && mv $@.tmp $@

libhttpstatus/tables.c: $(STATUS_TABLE) $(GENTABLES)
	@$(MKDIR_P) libhttpstatus
	$(AM_V_GEN_TABLE)$(GENTABLES) tables-c $(STATUS_TABLE) > $@.tmp && mv $@.tmp $@

libhttpstatus/fieldtables.h: $(FIELDS_TABLE) $(GENTABLES)
	@$(MKDIR_P) libhttpstatus
	$(AM_V_GEN_TABLE)$(GENTABLES) fields-h $(FIELDS_TABLE) > $@.tmp && mv $@.tmp $@

libhttpstatus/fieldtables.c: $(FIELDS_TABLE) $(GENTABLES)
	@$(MKDIR_P) libhttpstatus
	$(AM_V_GEN_TABLE)$(GENTABLES) fields-c $(FIELDS_TABLE) > $@.tmp && mv $@.tmp $@
