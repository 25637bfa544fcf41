/* SPDX-License-Identifier: MIT */
/*
 * The one SWIG interface for every scripting language.  What differs per
 * language lives in python/python.i and lua/lua.i, included below before
 * the public header so that their typemaps and %exception apply to it.
 */
%module httpstatus

%{
#include "httpstatus.h"
%}

/* httpstatus_reason -> reason, HTTPSTATUS_NOT_FOUND -> NOT_FOUND. */
%rename("%(strip:[httpstatus_])s") "";
%rename("%(strip:[HTTPSTATUS_])s", %$isconstant) "";
%rename("%(strip:[HTTPSTATUS_])s", %$isenumitem) "";

#if defined(SWIGPYTHON)
%include "python/python.i"
#elif defined(SWIGLUA)
%include "lua/lua.i"
#endif

%include "httpstatus.h"
