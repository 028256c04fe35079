#!/usr/bin/env python3
"""Writes N generated notes of 1-4 KB (about 30 % Chinese paragraphs, fixed seed) into DIR, 100 per sub-folder.

The small-files benchmark of issue 17 (decision 0053): python3 bench/make-notes.py 20000 /tmp/gen20k, then
./zhiku bench index --keyword-only --no-reference /tmp/gen20k. Random words, so no real text is copied."""
import os, random, sys
n, out = int(sys.argv[1]), sys.argv[2]
rnd = random.Random(17)
en = ("the of and to in is that for it as was with be by on not he this are or his from at which but have an they "
      "you were her she there been one all we their has would when if more no out so said what up its about into than "
      "them can only other new some could time these two may then do first any my now such like our over man me even "
      "most made after also did many before must through years where much your way well down should because each just "
      "those people how too little state good very make world still own see men work long get here between both life "
      "being under never day same another know while last might us great old year off come since against go came right "
      "used take three garden kettle ledger invoice harbour bicycle lantern meadow orchard cellar compass parcel "
      "turbine quartz falcon vintage ribbon saddle timber walnut").split()
zh = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可也你说年着发能下过子后家自学当天之都然没日工经面多行所水起小么好十头知只"
def en_par():
    s = []
    for _ in range(rnd.randint(2, 6)):
        w = [rnd.choice(en) for _ in range(rnd.randint(6, 18))]
        s.append(" ".join(w).capitalize() + ".")
    return " ".join(s)
def zh_par():
    return "".join("".join(rnd.choice(zh) for _ in range(rnd.randint(8, 30))) + "。" for _ in range(rnd.randint(2, 6)))
for i in range(n):
    d = os.path.join(out, "d%04d" % (i // 100))
    os.makedirs(d, exist_ok=True)
    target = rnd.randint(1024, 4096)
    parts = ["# Note %d %s %s\n" % (i, rnd.choice(en), rnd.choice(en))]
    size = 0
    while size < target:
        p = zh_par() if rnd.random() < 0.3 else en_par()
        parts.append(p + "\n")
        size += len(p.encode())
    ext = ".md" if i % 3 == 0 else ".txt"
    with open(os.path.join(d, "note%06d%s" % (i, ext)), "w") as f:
        f.write("\n".join(parts))
