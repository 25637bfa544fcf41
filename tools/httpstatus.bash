# SPDX-License-Identifier: MIT
# bash completion for httpstatus(1).  Options, dialects, fields, header
# names and codes are asked from the program itself (--help,
# --list-dialects, --list-fields, --list-headers, --list), so that they are
# always the ones it knows.

_httpstatus()
{
	local prog=${1:-httpstatus} cur=${COMP_WORDS[COMP_CWORD]}
	local prev= words opts
	[ "$COMP_CWORD" -gt 0 ] && prev=${COMP_WORDS[COMP_CWORD - 1]}
	COMPREPLY=()

	case $prev in
	-d|--dialect)
		words=$("$prog" --list-dialects 2> /dev/null)
		COMPREPLY=($(compgen -W "$words" -- "$cur"))
		return 0
		;;
	-c|--class)
		COMPREPLY=($(compgen -W "1 2 3 4 5" -- "$cur"))
		return 0
		;;
	--http)
		COMPREPLY=($(compgen -W "1.0 1.1 2 2.0 3 3.0" -- "$cur"))
		return 0
		;;
	--fields)
		# A comma-separated list: complete the field after the last comma.
		local done= last=$cur f
		case $cur in *,*) done=${cur%,*},; last=${cur##*,} ;; esac
		words=$("$prog" --list-fields 2> /dev/null | while read -r f _; do
			printf '%s\n' "$f"; done)
		COMPREPLY=($(compgen -P "$done" -W "$words" -- "$last"))
		compopt -o nospace 2> /dev/null
		return 0
		;;
	--format|--field|--method)
		return 0
		;;
	esac

	case $cur in
	-*)
		opts=$("$prog" --help 2> /dev/null | grep -o -- '--[a-z][a-z-]*' | sort -u)
		COMPREPLY=($(compgen -W "$opts" -- "$cur"))
		;;
	*)
		# After --header the items are field names, after --check a file.
		local w
		for w in "${COMP_WORDS[@]}"; do
			case $w in
			--header)
				words=$("$prog" --list-headers 2> /dev/null)
				COMPREPLY=($(compgen -W "$words" -- "$cur"))
				return 0
				;;
			--check)
				COMPREPLY=($(compgen -f -- "$cur"))
				return 0
				;;
			esac
		done
		words=$("$prog" --list --format %c 2> /dev/null)
		COMPREPLY=($(compgen -W "$words" -- "$cur"))
		;;
	esac
	return 0
}
complete -F _httpstatus httpstatus
