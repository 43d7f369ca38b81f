"""The type hints hold: mypy --strict on the package, and on a user's
script (typed_usage.py) that uses the API as the README shows it.  Exit
status 77 (skipped) when mypy is not installed (Debian: python3-mypy, which
loads under /usr/bin/python3).

    /usr/bin/python3 bindings/python/tests/typecheck.py
"""
import os
import subprocess
import sys
import tempfile

try:
    import mypy  # noqa: F401
except ImportError:
    print("mypy is not installed (Debian: python3-mypy); skipped")
    sys.exit(77)

HERE = os.path.dirname(os.path.abspath(__file__))
PKG = os.path.dirname(HERE)
with tempfile.TemporaryDirectory() as cache:
    # Unused ignores are not errors: mypy versions differ on which of the
    # read-only overrides in Attrs need one.
    cmd = [sys.executable, "-m", "mypy", "--strict", "--no-warn-unused-ignores",
           "--cache-dir", cache, "--python-version", "3.8",
           os.path.join(PKG, "miltag"), os.path.join(HERE, "typed_usage.py")]
    env = dict(os.environ, MYPYPATH=PKG)
    sys.exit(subprocess.call(cmd, env=env))
