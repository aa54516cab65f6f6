#!/usr/bin/env bash
# Rebuilds newslens' word cluster lexicon (src/main/resources/io/newslens/names/word-clusters.tsv)
# from the shared corpora; the build (mvn package) packs it into the word-clusters.bin the jar carries.
# Needs Debian's fasttext (apt-get install fasttext), python3 with numpy,
# and target/newslens.jar (mvn -B -q package -DskipTests). About 25 minutes on 2 cores. fastText with
# two threads is not deterministic: a rebuild gives clusters of the same quality, not the same numbers.
#
# Usage: src/main/scripts/build-word-clusters.sh CORPORA WORKDIR
#   CORPORA  the shared corpora folder (its unlabeled/ and ner/ subfolders)
#   WORKDIR  a scratch folder outside the repository (the text is large and must not be committed)
set -euo pipefail
corpora=${1:?usage: build-word-clusters.sh CORPORA WORKDIR}
work=${2:?usage: build-word-clusters.sh CORPORA WORKDIR}
repo=$(cd "$(dirname "$0")/../../.." && pwd)
mkdir -p "$work"

# Wikipedia is raw text: split it as newslens does at run time. The news files are already split so;
# their name marks are dropped.
java -Xmx2g -cp "$repo/target/newslens.jar" io.newslens.names.train.TokenizeText "$work/wiki.tok" \
    "$corpora/unlabeled/wikipedia-en-2015.txt.gz"
sed -e 's/<START:[a-z]*> //g; s/ <END>//g' "$corpora/ner/silver-gmb-vote3.txt" \
    "$corpora/ner/silver-wikinews-vote3.txt" | grep -v '^$' > "$work/news.tok"
cat "$work/wiki.tok" "$work/news.tok" > "$work/cluster-text.tok"

fasttext skipgram -input "$work/cluster-text.tok" -output "$work/vec" -dim 100 -ws 5 -epoch 3 \
    -minCount 5 -minn 0 -maxn 0 -thread 2
python3 "$repo/src/main/scripts/word-clusters.py" "$work/vec.vec" \
    "$repo/src/main/resources/io/newslens/names/word-clusters.tsv" --k 100 320 1000 --words 200000
