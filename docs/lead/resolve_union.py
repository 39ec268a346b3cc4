"""Resolve conflict blocks by keeping both sides (ours, then theirs); blank line before each '## ' heading."""
import sys, re
for p in sys.argv[1:]:
    s = open(p).read()
    s = re.sub(r"<<<<<<< [^\n]*\n(.*?)=======\n(.*?)>>>>>>> [^\n]*\n", lambda m: m.group(1) + "\n" + m.group(2), s, flags=re.S)
    s = re.sub(r"\n+(## )", r"\n\n\1", s)
    open(p, "w").write(s)
