# Timing helpers the *_bench.sh scripts source. The caller sets $work (a scratch folder).
now() { date +%s.%N; }
ms() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", (b - a) * 1000 }'; }
best() { awk -v a="$1" -v b="$2" 'BEGIN { print (a < b ? a : b) }'; }

# Each side runs three times; the best wall time and the best CPU time (user + system) count. CPU time shows
# the cost when the machine is shared (wall times on a loaded machine mostly measure the scheduler).
measure() { # measure OUT_FILE COMMAND... -> "wall_ms cpu_ms"
    local out="$1"
    shift
    /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" > "$out"
    awk '{ printf "%.0f %.0f\n", $1 * 1000, ($2 + $3) * 1000 }' "$work/time"
}
best_of_3() { # best_of_3 OUT_FILE COMMAND... -> "wall_ms cpu_ms"
    local wall="" cpu="" w c
    for run in 1 2 3; do
        read -r w c < <(measure "$@")
        wall=$([ -z "$wall" ] && echo "$w" || best "$wall" "$w")
        cpu=$([ -z "$cpu" ] && echo "$c" || best "$cpu" "$c")
    done
    echo "$wall $cpu"
}
