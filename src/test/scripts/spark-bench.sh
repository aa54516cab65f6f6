#!/usr/bin/env bash
# The Spark benchmark (a measurement, not a test): the same 1,000 inputs (950 copies of the seed
# articles and 50 broken files, from make-broken-batch.sh) through `newslens analyze --threads 2` and
# through the Spark job on local[2] and on local[1], each in its own JVM; then the same commands on the
# two seed articles alone, which gives each command's fixed cost (JVM, Spark and model start-up).
# Prints wall time, CPU time (user + system, which the machine's other tenants do not change),
# articles per CPU-second, peak RSS, exit code, and whether the job's lines equal the CLI's.
#
#   mvn -B -q -Pspark package -DskipTests && src/test/scripts/spark-bench.sh [WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/../../.."
work=${1:-$(mktemp -d)}
mkdir -p "$work"
rm -rf "$work/in" "$work"/out-*
src/test/scripts/make-broken-batch.sh "$work/in" 1000 50 > /dev/null

# run LABEL N COMMAND...: times COMMAND, which analyses N inputs
run() {
  local label=$1 n=$2
  shift 2
  local code=0
  /usr/bin/time -f '%e %U %S %M' -o "$work/$label.time" "$@" > /dev/null 2> "$work/$label.err" || code=$?
  read -r wall user sys rss < <(tail -1 "$work/$label.time")
  awk -v l="$label" -v n="$n" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v c="$code" \
    'BEGIN { printf "%-14s inputs %4d  wall %6.1f s  cpu %6.1f s  %6.1f inputs/cpu-s  rss %5.0f MiB  exit %d\n", l, n, w, u + s, n / (u + s), r / 1024, c }'
  echo "$user $sys" > "$work/$label.cpu"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
run cli-seeds 2 java -jar target/newslens.jar analyze --threads 2 --jsonl -o "$work/out-cli-seeds.jsonl" testdata/seeds
run spark2-seeds 2 java -jar target/newslens-spark.jar --master 'local[2]' --input testdata/seeds --output "$work/out-spark2-seeds"
run cli 1000 java -jar target/newslens.jar analyze --threads 2 -o "$work/out-cli.jsonl" "$work/in"
run spark2 1000 java -jar target/newslens-spark.jar --master 'local[2]' --input "$work/in" --output "$work/out-spark2"
run spark1 1000 java -jar target/newslens-spark.jar --master 'local[1]' --input "$work/in" --output "$work/out-spark1"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

sort "$work/out-cli.jsonl" > "$work/cli.sorted"
cat "$work"/out-spark2/part-* | sort > "$work/spark2.sorted"
echo "job lines: $(wc -l < "$work/spark2.sorted"), error lines: $(grep -c '"error":{' "$work/spark2.sorted"), equal to the CLI's: $(cmp -s "$work/cli.sorted" "$work/spark2.sorted" && echo yes || echo NO)"

cpu() { awk '{ print $1 + $2 }' "$work/$1.cpu"; }
awk -v c="$(cpu cli)" -v s="$(cpu spark2)" -v c0="$(cpu cli-seeds)" -v s0="$(cpu spark2-seeds)" 'BEGIN {
  printf "job local[2] / CLI 2 threads, inputs per CPU-second: %.2f (Spark overhead %.0f%%)\n", c / s, 100 * (s / c - 1)
  printf "per input after start-up: CLI %.1f ms, job %.1f ms of CPU; ratio %.2f\n", 1000 * (c - c0) / 998, 1000 * (s - s0) / 998, (c - c0) / (s - s0)
  printf "fixed cost (2 seed articles): CLI %.1f s, job %.1f s of CPU\n", c0, s0
}'
awk -v w1="$(cut -d' ' -f1 "$work/spark1.time" | tail -1)" -v w2="$(tail -1 "$work/spark2.time" | cut -d' ' -f1)" \
  'BEGIN { printf "wall time local[1] / local[2]: %.2f (2.00 is linear; wall time depends on the machine load)\n", w1 / w2 }'
