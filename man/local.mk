# SPDX-License-Identifier: MIT
# The manual: httpstatus(1), libhttpstatus(3) and a page for every public
# function.  A family of functions shares one page; every other name of the
# family is a one-line ".so" page, so each function has a page of its name.
# The pages live under man/man1 and man/man3, as they are installed, so
# ".so man3/..." links resolve from man/ in the source tree too.

hs_man_pages = \
	man/man1/httpstatus.1 \
	man/man3/libhttpstatus.3 \
	man/man3/httpstatus_check.3 \
	man/man3/httpstatus_class_of.3 \
	man/man3/httpstatus_field_name.3 \
	man/man3/httpstatus_flags.3 \
	man/man3/httpstatus_format_status_line.3 \
	man/man3/httpstatus_from_reason.3 \
	man/man3/httpstatus_name.3 \
	man/man3/httpstatus_next.3 \
	man/man3/httpstatus_parse_status_line.3 \
	man/man3/httpstatus_reason.3 \
	man/man3/httpstatus_registry_of.3 \
	man/man3/httpstatus_rules.3 \
	man/man3/httpstatus_strerror.3 \
	man/man3/httpstatus_version.3 \
	man/man3/httpstatus_meaning_reason.3 \
	man/man3/httpstatus_registry_date.3 \
	man/man3/httpstatus_wire_line.3

dist_man_MANS += $(hs_man_pages)

# Every other function a section-3 page documents in its NAME section gets
# a one-line ".so" page at install time (man/links.sh), so that each
# function has a page of its name and a new function needs no new file.
hs_man3_pages = $(filter man/man3/%,$(hs_man_pages))
install-data-hook: hs-man-install-links
hs-man-install-links:
	@$(SHELL) $(top_srcdir)/man/links.sh $(hs_man3_pages:%=$(top_srcdir)/%) | \
	while read -r name page; do \
		echo ".so man3/$$page.3" > "$(DESTDIR)$(man3dir)/$$name.3" || exit 1; \
	done
uninstall-hook: hs-man-uninstall-links
hs-man-uninstall-links:
	@$(SHELL) $(top_srcdir)/man/links.sh $(hs_man3_pages:%=$(top_srcdir)/%) | \
	while read -r name page; do \
		rm -f "$(DESTDIR)$(man3dir)/$$name.3"; \
	done
.PHONY: hs-man-install-links hs-man-uninstall-links
EXTRA_DIST += man/links.sh

# man/lint.sh     mandoc -Tlint on every page
# man/render.sh   groff -ww and man -l on every page, within 80 columns
# man/pages.sh    a page for every exported function, synopses that match
#                 the header, the pages installed and readable with man
# man/examples.sh every EXAMPLES program compiled, run and its output
#                 compared; every httpstatus(1) example run
# man/options.sh  httpstatus --help and httpstatus(1) list the same options
# man/facts.sh    the codes, names and messages the pages list are the
#                 library's
hs_man_tests = \
	man/lint.sh \
	man/render.sh \
	man/pages.sh \
	man/examples.sh \
	man/options.sh \
	man/facts.sh

TESTS += $(hs_man_tests)
EXTRA_DIST += $(hs_man_tests) man/manlib.sh

