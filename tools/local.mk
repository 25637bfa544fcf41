# SPDX-License-Identifier: MIT
# The command-line tool.  (gentables is built by libhttpstatus/local.mk.)

bin_PROGRAMS += tools/httpstatus
tools_httpstatus_SOURCES = tools/httpstatus.c
tools_httpstatus_LDADD = libhttpstatus/libhttpstatus.la

EXTRA_DIST += tools/gentables.c
