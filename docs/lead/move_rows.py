"""Move the README's Measured rows (stop N) to the top of docs/measured.md's table.
usage: move_rows.py N FC_COMMIT "END_DESC" DIR   (DIR holds README.md and docs/measured.md)"""
import sys
from pathlib import Path
n, fc, end, d = sys.argv[1], sys.argv[2], sys.argv[3], Path(sys.argv[4])
readme = (d / "README.md").read_text().split("\n")
i = readme.index("## Measured")
j = next(k for k in range(i, len(readme)) if readme[k].startswith("|---"))
rows = []
for line in readme[j + 1:]:
    if not line.startswith("|"):
        break
    rows.append(line)
out = []
for row in rows:
    cells = row.split(" | ")
    goal = cells[0].lstrip("| ").strip()
    rest = " | ".join(cells[1:])
    out.append(f"| **stop {n}, where it stood at the end — {goal}** (the README's row at the end of stop {n}: first contact on {fc} -> {end}) | {rest}")
m = (d / "docs/measured.md").read_text().split("\n")
k = next(x for x in range(len(m)) if m[x].startswith("|---"))
m[k + 1:k + 1] = out
(d / "docs/measured.md").write_text("\n".join(m))
print(len(out), "rows moved")
