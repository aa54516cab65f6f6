#!/usr/bin/env bash
# Measures each name rule against the rest: scores the name layers with all rules, then with each
# rule left out in turn (-Dnewslens.names.rulesOff=RULE), on every evaluation folder given.
# Prints one line per variant: the variant, then "set:layer=F1" for each folder and layer (exact F1
# for CoNLL-style sets and held-out training documents, whose gold has exact extents, overlap F1
# for the others; peopleNames F1 where the gold lists people's names).
#
# Usage: src/main/scripts/name-rule-ablation.sh [--names-model FILE] DIR... (after mvn package)
# NEWSLENS_JAR names another build of the jar (to go on working while a long ablation runs);
# RULES a subset of the rules.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../../.." && pwd)
model=()
if [ "${1:-}" = "--names-model" ]; then model=(--names-model "$2"); shift 2; fi
jar=${NEWSLENS_JAR:-$repo/target/newslens.jar}
rules=${RULES:-"teams victories possessives trimEdges splitAtBreaks dropNonNames splitAtTitles dropDemonyms dateline
aliases employers acronyms hyphenatedGivenNames nameParticles titledNames splitRunOnPlaces gazetteerPlaces
propagation relabel personParts"}
score() {
  nice java -Dnewslens.names.rulesOff="$1" -jar "$jar" eval "${model[@]}" "${@:2}" 2>/dev/null |
    awk -v name="${1:-all}" '
      /^# / { n = split($2, p, "/"); set = p[n] == "" ? p[n-1] : p[n]; conll = $2 ~ /conll|heldout/; next }
      { split($1, k, ".") }
      k[2] == (conll ? "exact" : "overlap") && k[3] == "f1" && k[1] ~ /^(people|places|organizations)$/ {
        line = line sprintf(" %s:%s=%.4f", set, k[1], $2) }
      $1 == "peopleNames.f1" { line = line sprintf(" %s:peopleNames=%.4f", set, $2) }
      END { print name line }'
}
score "" "$@"
for r in $rules; do score "$r" "$@"; done
