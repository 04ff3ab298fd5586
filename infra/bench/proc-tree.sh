#!/usr/bin/env bash
# Sourced by the benchmarks: resident memory and CPU time of a process and everything it started (the launcher's
# JVM, the JVM it runs Lantoa in, the embedded MariaDB), read from /proc.
#   tree_pids PID        the process and its descendants
#   tree_rss_kib PID     sum of their resident set sizes (shared pages such as libjvm.so counted once per process)
#   tree_pss_kib PID     sum of their proportional set sizes (shared pages split between them: the machine's cost)
#   tree_cpu_ms PID      user + system CPU time they have used so far
#   watch_peak PID FILE  in the background: every 0.5 s, write "RSS_KIB PSS_KIB" of the largest RSS seen to FILE

tree_pids() {
  local pids="$1" frontier="$1" next
  while [ -n "$frontier" ]; do
    next=$(for p in $frontier; do cat "/proc/$p/task/"*/children 2>/dev/null; done | tr ' ' '\n' | sort -u | tr '\n' ' ' || true)
    next="${next%" "}"; next="${next#" "}"
    [ -n "$next" ] && pids="$pids $next"
    frontier="$next"
  done
  echo "$pids"
}

tree_rss_kib() {
  local sum=0 p v
  for p in $(tree_pids "$1"); do
    v=$(awk '/^VmRSS:/ {print $2}' "/proc/$p/status" 2>/dev/null || true)
    sum=$((sum + ${v:-0}))
  done
  echo "$sum"
}

tree_pss_kib() {
  local sum=0 p v
  for p in $(tree_pids "$1"); do
    v=$(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || true)
    sum=$((sum + ${v:-0}))
  done
  echo "$sum"
}

tree_cpu_ms() {
  local tick sum=0 p v
  tick=$(getconf CLK_TCK)
  for p in $(tree_pids "$1"); do
    # Fields 14 and 15 of /proc/PID/stat, counted after the command name (which may hold spaces).
    v=$(sed 's/^.*) //' "/proc/$p/stat" 2>/dev/null | awk '{print $12 + $13}' || true)
    sum=$((sum + ${v:-0}))
  done
  echo $((sum * 1000 / tick))
}

watch_peak() {
  local pid="$1" file="$2" peak=0 rss
  echo "0 0" >"$file"
  while kill -0 "$pid" 2>/dev/null; do
    rss=$(tree_rss_kib "$pid")
    if [ "$rss" -gt "$peak" ]; then
      peak=$rss
      echo "$rss $(tree_pss_kib "$pid")" >"$file"
    fi
    sleep 0.5
  done
}
