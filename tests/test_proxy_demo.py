"""`guard demo` with no arguments walks one call through and exits 0 (it is the README's first command)."""
from __future__ import annotations

import re
import subprocess
import sys


def test_demo_shows_the_card_direct_then_guarded_and_unlocks_last_4_digits_only_after_identification(tmp_path):
    result = subprocess.run([sys.executable, "-m", "guard", "demo", "--audit-db", str(tmp_path / "audit.sqlite3")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    direct, guarded, failed, identified, audit = re.split(r"\n== \d\. ", out)[1:]
    assert '"msisdn": "79' in direct  # the CRM itself shows everything
    assert '"msisdn": "***"' in guarded and '"msisdn": "***"' in failed
    assert '"matched": false' in failed and '"matched": true' in identified
    assert re.search(r'"msisdn": "\*{7}\d{4}"', identified)
    assert "chain intact" in audit
