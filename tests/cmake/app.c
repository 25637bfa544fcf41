/* SPDX-License-Identifier: MIT */
/* Built by tests/cmake.sh against an installed libhttpstatus. */
#include <httpstatus.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
	printf("%s|%d|%s\n", httpstatus_reason(HTTPSTATUS_IM_A_TEAPOT),
	       httpstatus_from_reason("moved temporarily"), httpstatus_version());
	return strcmp(httpstatus_version(), HTTPSTATUS_VERSION_STRING) != 0;
}
