/* SPDX-License-Identifier: MIT */
/*
 * The whole library as one translation unit.  Each included file keeps one
 * job; compiling them together lets every internal function and table be
 * static (see internal.h), so that only the httpstatus_* functions are
 * global, in the shared library and in the static archive alike.
 */
#include "config.h"
#include "internal.h"

#include "tables.c"     /* generated from status.table */
#include "normalize.c"
#include "lookup.c"
#include "phrase.c"
#include "statusline.c"
#include "fieldtables.c" /* generated from fields.table */
#include "fields.c"
#include "check.c"
