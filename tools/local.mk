# SPDX-License-Identifier: MIT
# The command-line tool.  (gentables is built by libhttpstatus/local.mk.)

bin_PROGRAMS += tools/httpstatus
tools_httpstatus_SOURCES = tools/httpstatus.c
tools_httpstatus_LDADD = libhttpstatus/libhttpstatus.la

EXTRA_DIST += tools/gentables.c

# Bash completion, installed under the command's name, where bash-completion
# loads it on first use.
EXTRA_DIST += tools/httpstatus.bash
install-data-local: hs-install-bashcomp
hs-install-bashcomp:
	$(MKDIR_P) '$(DESTDIR)$(bashcompdir)'
	$(INSTALL_DATA) '$(srcdir)/tools/httpstatus.bash' '$(DESTDIR)$(bashcompdir)/httpstatus'
uninstall-local: hs-uninstall-bashcomp
hs-uninstall-bashcomp:
	rm -f '$(DESTDIR)$(bashcompdir)/httpstatus'
.PHONY: hs-install-bashcomp hs-uninstall-bashcomp
# distcheck installs as a user into its own prefix.
DISTCHECK_CONFIGURE_FLAGS += --with-bashcompdir='$$(datadir)/bash-completion/completions'
