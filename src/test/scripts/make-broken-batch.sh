#!/usr/bin/env bash
# Builds a folder of article files for the batch fault-tolerance check: copies of the seed articles
# plus broken inputs of every kind newslens must refuse with an error line (binary files renamed as
# articles, empty and blank files, files over the size limit).
#
#   src/test/scripts/make-broken-batch.sh DIR [TOTAL=1000] [BROKEN=50]
#   java -Xmx512m -jar target/newslens.jar analyze --output out.jsonl DIR; echo "exit $?"
#   grep -c '"error"' out.jsonl      # BROKEN
#   grep -c '"article"' out.jsonl    # TOTAL - BROKEN
set -euo pipefail
dir=${1:?usage: make-broken-batch.sh DIR [TOTAL] [BROKEN]}
total=${2:-1000}
broken=${3:-50}
here=$(cd "$(dirname "$0")/../../.." && pwd)
mkdir -p "$dir"
seeds=("$here"/testdata/seeds/*.txt)

for ((i = 0; i < total - broken; i++)); do
  cp "${seeds[i % ${#seeds[@]}]}" "$dir/good-$(printf %04d "$i").txt"
done

for ((i = 0; i < broken; i++)); do
  f="$dir/broken-$(printf %04d "$i")"
  case $((i % 7)) in
    0) printf '%%PDF-1.7\n%%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >>\n' > "$f.html" ;;
    1) printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' > "$f.txt" ;;
    2) printf 'PK\x03\x04\x14\0\0\0\x08\0' > "$f.txt" ;;
    3) head -c 4096 /dev/urandom > "$f.txt" ;;
    4) : > "$f.txt" ;;
    5) printf ' \n\t\r\n   \n' > "$f.txt" ;;
    6) head -c $((11 * 1024 * 1024)) /dev/zero | tr '\0' 'a' > "$f.txt" ;;
  esac
done
echo "$dir: $((total - broken)) articles, $broken broken inputs"
