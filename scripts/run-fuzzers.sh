#!/usr/bin/env bash
# Builds the libFuzzer targets in their own clang build folder (build-fuzz) and
# runs each for a bounded time, starting from the committed seed corpora in
# fuzz/corpus/<target>/. Fails when a target finds a crash, a hang, a sanitizer
# report or a broken invariant; the input is saved as build-fuzz/fuzz/crashes/<target>-*
# and belongs, once fixed, as a "fuzz: ..." row in the Qt Test of that parser
# (tests/net/http/tst_httpparsererrors.cpp, tst_payloadcomposer.cpp, ...).
#
#   scripts/run-fuzzers.sh [seconds per target, default 20]
# Environment: SWB_FUZZ_BUILD_DIR (default build-fuzz), JOBS (default 2).
set -euo pipefail

seconds="${1:-20}"
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${SWB_FUZZ_BUILD_DIR:-$root/build-fuzz}"
jobs="${JOBS:-2}"
targets=(fuzz_httpresponse fuzz_httprequest fuzz_sendbox fuzz_strftime fuzz_workspace fuzz_trafficfile)

if ! command -v clang++ >/dev/null 2>&1; then
    echo "run-fuzzers: clang++ not found (scripts/install-deps.sh installs it)" >&2
    exit 1
fi

CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSWB_FUZZ=ON -DSWB_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j "$jobs" --target "${targets[@]}"

# CPU time of this shell's finished children (user + system). `times` must run
# in this shell, not in a $(...) subshell, which has children of its own.
child_cpu() {
    times >"$build/fuzz/.times"
    tail -n 1 "$build/fuzz/.times" |
        awk '{ split($1, u, "m"); split($2, s, "m"); printf "%.2f", u[1] * 60 + u[2] + s[1] * 60 + s[2] }'
}

status=0
for target in "${targets[@]}"; do
    work="$build/fuzz/work/$target"       # grows across runs; not committed
    crashes="$build/fuzz/crashes"
    log="$build/fuzz/$target.log"
    mkdir -p "$work" "$crashes"
    # fuzz/<target>.dict where a target has one; the HTTP targets share http.dict.
    dict="$root/fuzz/$target.dict"
    [ -f "$dict" ] || dict="$root/fuzz/http.dict"
    child_cpu >"$build/fuzz/.before"
    set +e
    "$build/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -dict="$dict" -artifact_prefix="$crashes/$target-" \
        -print_final_stats=1 "$work" "$root/fuzz/corpus/$target" >"$log" 2>&1
    rc=$?
    set -e
    child_cpu >"$build/fuzz/.after"
    runs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')"
    cpu="$(awk -v a="$(cat "$build/fuzz/.before")" -v b="$(cat "$build/fuzz/.after")" 'BEGIN { printf "%.1f", b - a }')"
    if [ "$rc" -eq 0 ]; then
        echo "run-fuzzers: $target: $runs executions, ${cpu} CPU seconds, no crash"
    else
        echo "run-fuzzers: $target FAILED (exit $rc) after $runs executions; input saved under $crashes" >&2
        tail -n 40 "$log" >&2
        status=1
    fi
done
exit "$status"
