"""Running the miltag command in the end-to-end tests (standard library only).

With MILTAG_VALGRIND=/path/to/valgrind every run is checked by memcheck:
any error or definite/indirect leak makes the run fail with status 99.
MILTAG_SANITIZED=1 says the build has AddressSanitizer (no address-space
limits then).  MILTAG_CLI=/path/to/miltag runs that program instead of the
build's miltag: the valgrind tests run the dynamically linked twin of a
static command (CMakeLists.txt, MILTAG_CLI_LINK).
"""
import os
import subprocess

VALGRIND = os.environ.get("MILTAG_VALGRIND")
SANITIZED = bool(os.environ.get("MILTAG_SANITIZED"))
PREFIX = [VALGRIND, "--quiet", "--error-exitcode=99", "--leak-check=full",
          "--errors-for-leak-kinds=definite,indirect"] if VALGRIND else []


class Miltag:
    def __init__(self, path):
        self.path = path

    def run(self, args, data=b"", check=True, timeout=600, **kw):
        p = subprocess.run(PREFIX + [self.path] + list(args), input=data, capture_output=True,
                           timeout=timeout, **kw)
        if p.returncode == 99 and VALGRIND:
            raise AssertionError(f"valgrind found errors in miltag {args}: {p.stderr.decode()}")
        if check and p.returncode != 0:
            raise AssertionError(f"miltag {args} exited {p.returncode}: {p.stderr.decode()}")
        return p
