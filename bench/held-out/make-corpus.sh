#!/usr/bin/env bash
# Builds a small second evaluation corpus from this machine's own manual pages (Debian's passwd and man-db
# packages, which ship English pages and Simplified Chinese translations of most of them), for a check on
# documents the dev-eval work never looked at. Usage: bench/held-out/make-corpus.sh OUTDIR
# Needs: mandoc, man, col (bsdextrautils), the passwd and man-db packages with their zh_CN pages.
# English pages are rendered to HTML with mandoc, Chinese ones to text as `man` shows them. Some pages exist in
# one language only on purpose (chage, lastlog, login.defs and mandb in English; gshadow, groupmems, newgrp and
# vipw in Chinese), so that some questions must cross the language line. 40 README/NEWS files of other installed
# packages are added as distractors.
set -euo pipefail
out=${1:?usage: make-corpus.sh OUTDIR}
rm -rf "$out"
mkdir -p "$out/man-en" "$out/man-zh" "$out/other"
en="useradd.8 usermod.8 userdel.8 groupadd.8 groupmod.8 chage.1 passwd.1 login.defs.5 shadow.5 man.1 mandb.8
    apropos.1 whatis.1 newusers.8 chpasswd.8 faillog.8 lastlog.8 pwck.8 gpasswd.1"
zh="useradd.8 usermod.8 userdel.8 groupadd.8 groupmod.8 passwd.1 shadow.5 man.1 apropos.1 whatis.1 newusers.8
    chpasswd.8 faillog.8 pwck.8 gpasswd.1 gshadow.5 groupmems.8 newgrp.1 vipw.8"
missing=0
for page in $en; do
    file=/usr/share/man/man${page##*.}/$page.gz
    if [ -f "$file" ]; then zcat "$file" | mandoc -T html > "$out/man-en/$page.html"; else echo "missing: $file"; missing=1; fi
done
for page in $zh; do
    file=/usr/share/man/zh_CN/man${page##*.}/$page.gz
    if [ -f "$file" ]; then MANWIDTH=80 LANG=C.UTF-8 man -l "$file" 2>/dev/null | col -bx > "$out/man-zh/$page.txt"
    else echo "missing: $file"; missing=1; fi
done
ls /usr/share/doc/*/README* /usr/share/doc/*/NEWS* 2>/dev/null | grep -v '\.gz$' | head -40 | while read -r f; do
    cp "$f" "$out/other/$(basename "$(dirname "$f")")-$(basename "$f").txt"
done
echo "$(find "$out" -type f | wc -l) files in $out"
exit $missing
