# SPDX-License-Identifier: MIT
"""Python benchmarks of the httpstatus package, for bench/run.

Times, in one run, httpstatus against the standard library:
  reason(404)              vs http.client.responses[404]
  Status(404)              vs http.HTTPStatus(404)
  status(404)              vs http.HTTPStatus(404)   (the documented fast path)
  from_reason("Not Found") vs d[s.lower()], d a dict of the lowercased
                           RFC 9110 phrases
  import httpstatus        vs import http (where HTTPStatus lives), the
                           cumulative times python -X importtime gives,
                           in fresh interpreters, alternating
  import httpstatus and    vs import http and HTTPStatus(404): the first use
  Status(404)              of an enum, which the package makes then (no goal)

Each statement runs in a timeit loop calibrated to about --target-ms,
once untimed as a warm-up, then --reps times, library and baseline
alternating; the result is the median time per statement.  The answers of
both sides are compared before anything is timed.

Prints tab-separated records (see bench/hsbench.c):
  row   Python  ID  WHAT  LIB_NS  BASELINE  BASE_NS  GOAL
  note  Python  TEXT
"""

import argparse
import http
import http.client
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import timeit


def fail(message):
    sys.stderr.write("bench.py: %s\n" % message)
    sys.exit(1)


def calibrate(timer, target_s, quick):
    if quick:
        return 200
    number = 1
    while True:
        elapsed = timer.timeit(number)
        if elapsed >= target_s / 10 or number >= 1 << 30:
            break
        number *= 4
    return max(1, int(number * target_s / max(elapsed, 1e-9)))


def time_pair(lib_stmt, base_stmt, namespace, reps, target_s, quick):
    """Median ns per statement of lib_stmt and of base_stmt."""
    lib = timeit.Timer(lib_stmt, globals=namespace)
    base = timeit.Timer(base_stmt, globals=namespace)
    n_lib = calibrate(lib, target_s, quick)
    n_base = calibrate(base, target_s, quick)
    lib.timeit(n_lib)                     # warm-up
    base.timeit(n_base)
    t_lib, t_base = [], []
    for r in range(reps):
        pair = [(lib, n_lib, t_lib), (base, n_base, t_base)]
        if r % 2:
            pair.reverse()
        for timer, number, out in pair:
            out.append(timer.timeit(number) / number * 1e9)
    return statistics.median(t_lib), statistics.median(t_base)


def run_fresh(options, program, pycache):
    """Runs program in a fresh interpreter with the given -X options,
    compiled code cached under pycache for both sides alike, as an
    installed package has its .pyc files; its finished process."""
    env = os.environ.copy()
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    args = [sys.executable]
    for option in options + ["pycache_prefix=" + pycache]:
        args += ["-X", option]
    proc = subprocess.run(args + ["-c", program], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, universal_newlines=True, env=env,
                          check=False)
    if proc.returncode != 0:
        fail("%r failed: %s" % (program, proc.stderr.strip()[-300:]))
    return proc


def import_time_us(module, pycache):
    """The cumulative import time of module in a fresh interpreter, in
    microseconds."""
    proc = run_fresh(["importtime"], "import " + module, pycache)
    found = None
    for line in proc.stderr.splitlines():
        # "import time:  self [us] | cumulative | imported package"
        if not line.startswith("import time:"):
            continue
        parts = line[len("import time:"):].split("|")
        if len(parts) == 3 and parts[2].strip() == module:
            found = int(parts[1])
    if found is None:
        fail("python -X importtime printed no line for " + module)
    return found


def first_use_us(code, pycache):
    """The time, in microseconds, a fresh interpreter takes to run code
    (an import and a first call), measured inside it around code alone."""
    program = ("import time as _t\n_s = _t.perf_counter()\n%s\n"
               "print((_t.perf_counter() - _s) * 1e6)\n" % code)
    return float(run_fresh([], program, pycache).stdout.split()[-1])


def fresh_pair(measure, lib, base, runs):
    """Medians of measure(lib) and measure(base), in microseconds, over runs
    fresh interpreters each, alternating, with compiled code cached under a
    directory of their own for both sides alike, as an installed package
    has its .pyc files."""
    pycache = tempfile.mkdtemp(prefix="httpstatus-bench-pyc.")
    try:
        measure(lib, pycache)      # warm-up: compiles, fills caches
        measure(base, pycache)
        t_lib, t_base = [], []
        for r in range(runs):
            pair = [(lib, t_lib), (base, t_base)]
            if r % 2:
                pair.reverse()
            for what, out in pair:
                out.append(measure(what, pycache))
    finally:
        shutil.rmtree(pycache, ignore_errors=True)
    return statistics.median(t_lib), statistics.median(t_base)


# The rows timed in one interpreter: (id, what, statement, baseline, its
# statement, goal).
LOOP_ROWS = [
    ("py-reason", "httpstatus.reason(404)", "reason(404)",
     "http.client.responses[404]", "responses[404]", "ratio<=1.2"),
    ("py-status", "httpstatus.Status(404)", "Status(404)",
     "http.HTTPStatus(404)", "HTTPStatus(404)", "ratio<=0.3333"),
    ("py-status-fast", "httpstatus.status(404), the documented fast path",
     "status(404)", "http.HTTPStatus(404)", "HTTPStatus(404)", "ratio<=0.3333"),
    ("py-from-reason", 'httpstatus.from_reason("Not Found")', "from_reason(phrase)",
     "d[s.lower()], a dict of the lowercased phrases", "phrases[phrase.lower()]",
     "ratio<=1.2"),
]

# The rows timed in fresh interpreters: (id, what, program, baseline, its
# program, goal, measure).
ONCE_ROWS = [
    ("py-import", "import httpstatus (cumulative, python -X importtime)", "import httpstatus",
     "import http, where HTTPStatus lives (cumulative)", "import http", "ratio<=1.0",
     "importtime"),
    # The package makes its enums when one is first asked for; this row
    # shows what that first use costs, beside http's eager enum.
    ("py-first-status", "import httpstatus, then Status(404), whose first use makes the enums",
     "import httpstatus\nhttpstatus.Status(404)",
     "import http, then HTTPStatus(404)", "import http\nhttp.HTTPStatus(404)", "-", "wall"),
]


def make_namespace():
    """The names the statements of LOOP_ROWS use, after checking that the
    package and the standard library agree on what is timed."""
    try:
        import httpstatus
    except ImportError as e:
        fail("cannot import httpstatus: %s" % e)

    namespace = {
        "httpstatus": httpstatus,
        "reason": httpstatus.reason,
        "Status": httpstatus.Status,
        "status": httpstatus.status,
        "responses": http.client.responses,
        "HTTPStatus": http.HTTPStatus,
        "from_reason": httpstatus.from_reason,
        "phrase": "Not Found",
        # The fair baseline of a reverse lookup: a dict of the lowercased
        # phrases, and the lowering of the argument.
        "phrases": {p.lower(): c for c in range(httpstatus.MIN, httpstatus.MAX + 1)
                    if (p := httpstatus.reason(c))},
    }

    # The answers must agree before their speed means anything.
    if httpstatus.reason(404) != http.client.responses[404]:
        fail("reason(404) = %r, responses[404] = %r"
             % (httpstatus.reason(404), http.client.responses[404]))
    for make in (httpstatus.Status, httpstatus.status):
        got, want = make(404), http.HTTPStatus(404)
        if got != want or int(got) != 404 or got.phrase != want.phrase:
            fail("%s(404) gives %r, http.HTTPStatus(404) %r"
                 % (make.__name__, got, want))
    if not isinstance(httpstatus.Status(404), httpstatus.Status):
        fail("Status(404) is not a Status")
    phrase = namespace["phrase"]
    if httpstatus.from_reason(phrase) != namespace["phrases"][phrase.lower()]:
        fail("from_reason(%r) = %r, the dict gives %r"
             % (phrase, httpstatus.from_reason(phrase),
                namespace["phrases"][phrase.lower()]))
    return namespace


def count(ident, side, n):
    """--count: runs one side of a row n times, untimed, for instruction
    counts (bench/run runs it under callgrind for two values of n)."""
    for row in LOOP_ROWS:
        if row[0] == ident:
            stmt = row[2] if side == "lib" else row[4]
            timeit.Timer(stmt, globals=make_namespace()).timeit(n)
            return
    fail("--count: no loop row %r" % ident)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--reps", type=int, default=9)
    parser.add_argument("--target-ms", type=float, default=20.0)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--list", action="store_true",
                        help="print each row's id and kind (loop, once), then exit")
    parser.add_argument("--count", nargs=3, metavar=("ID", "SIDE", "N"),
                        help="run side (lib or base) of loop row ID N times, untimed")
    parser.add_argument("--program", nargs=2, metavar=("ID", "SIDE"),
                        help="print the program of a side of once row ID")
    args = parser.parse_args()
    if args.list:
        for row in LOOP_ROWS:
            print("%s\tloop" % row[0])
        for row in ONCE_ROWS:
            print("%s\tonce" % row[0])
        return
    if args.count:
        ident, side, n = args.count
        if side not in ("lib", "base"):
            fail("--count: SIDE is lib or base, not %r" % side)
        if not n.isdigit():
            fail("--count: N is a number of iterations, not %r" % n)
        count(ident, side, int(n))
        return
    if args.program:
        ident, side = args.program
        for row in ONCE_ROWS:
            if row[0] == ident and side in ("lib", "base"):
                print(row[2] if side == "lib" else row[4])
                return
        fail("--program: no once row %r with side %r" % (ident, side))

    reps = 3 if args.quick else args.reps
    target_s = args.target_ms / 1000.0
    namespace = make_namespace()
    httpstatus = namespace["httpstatus"]

    print("note\tPython\tPython %s (%s); httpstatus from %s"
          % (sys.version.split()[0], sys.executable,
             os.path.dirname(httpstatus.__file__)))

    lib, base = time_pair("pass", "pass", namespace, reps, target_s, args.quick)
    print("note\tPython\tthe timeit loop costs %.1f ns per statement, included"
          " on both sides of every row" % min(lib, base))

    for ident, what, lib_stmt, base_what, base_stmt, goal in LOOP_ROWS:
        lib, base = time_pair(lib_stmt, base_stmt, namespace, reps, target_s,
                              args.quick)
        print("row\tPython\t%s\t%s\t%.3f\t%s\t%.3f\t%s"
              % (ident, what, lib, base_what, base, goal))
        sys.stdout.flush()

    runs = 3 if args.quick else 2 * reps + 1
    for ident, what, lib_code, base_what, base_code, goal, measure in ONCE_ROWS:
        if measure == "importtime":
            lib, base = fresh_pair(import_time_us, lib_code.split()[-1],
                                   base_code.split()[-1], runs)
        else:
            lib, base = fresh_pair(first_use_us, lib_code, base_code, runs)
        print("row\tPython\t%s\t%s\t%.3f\t%s\t%.3f\t%s"
              % (ident, what, lib * 1000.0, base_what, base * 1000.0, goal))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
