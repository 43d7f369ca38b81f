"""The build backend of the miltag Python package (PEP 517), in the tree.

    pip install ./bindings/python      (or: pip install .  at the top)

needs nothing from the network and no Python package at all, not even
setuptools or wheel: pyproject.toml names this module with `backend-path`
and `requires = []`, so pip's isolated build environment stays empty and
works offline.  What the build needs is what the C library needs: CMake,
a C compiler, pkg-config and ICU's headers (Debian: `sh scripts/setup.sh
build`).

build_wheel() configures and builds the shared library with CMake in a
temporary directory (Release, no tests, no SQLite extension), and bundles
it next to the package: miltag/libmiltag.so.0, which the package loads
first.  The wheel is tagged py3-none-<platform>: the library is specific to
the platform, the package to no Python version.

build_sdist() packs the whole source tree (the files git does not ignore,
or the tree without build directories) with the top-level pyproject.toml, so a
wheel can be built from the sdist too.

config_settings (pip --config-settings KEY=VALUE):
    cmake-args   more arguments for the CMake configure, e.g. -DCMAKE_C_COMPILER=clang
    build-dir    build in (and keep) this directory instead of a temporary one

The package's metadata come from bindings/python/pyproject.toml ([project]);
its version must equal the C library's (include/miltag.h).
"""

import base64
import csv
import gzip
import hashlib
import io
import os
import re
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import tempfile
import zipfile

_PY_DIR = os.path.join("bindings", "python")
# Fixed timestamps make the archives reproducible (SOURCE_DATE_EPOCH wins).
_EPOCH = int(os.environ.get("SOURCE_DATE_EPOCH", "315532800"))  # 1980-01-01


class BuildError(Exception):
    pass


def _log(msg):
    print("miltag build: " + msg, file=sys.stderr, flush=True)


# ------------------------------------------------------------ the tree


def _root():
    """The source tree's top: pip runs the hooks in the directory it
    installs from, the top or bindings/python (pip >= 21.3 builds in place)."""
    here = os.path.abspath(os.getcwd())
    for cand in (here, os.path.dirname(os.path.dirname(here))):
        if (os.path.isfile(os.path.join(cand, "CMakeLists.txt"))
                and os.path.isfile(os.path.join(cand, "include", "miltag.h"))
                and os.path.isdir(os.path.join(cand, _PY_DIR, "miltag"))):
            return cand
    raise BuildError(
        "cannot find the miltag source tree (CMakeLists.txt, include/miltag.h) at or two "
        "levels above %s: the wheel bundles the C library, built from the tree.  Install "
        "from a checkout (pip >= 21.3 builds in place) or from the sdist." % here)


def _c_version(root):
    with open(os.path.join(root, "include", "miltag.h"), encoding="utf-8") as f:
        m = re.search(r'#define MILTAG_VERSION_STRING "([^"]+)"', f.read())
    if not m:
        raise BuildError("no MILTAG_VERSION_STRING in include/miltag.h")
    return m.group(1)


def _toml_value(text):
    """A value of the TOML subset pyproject.toml uses: a string, an array of
    strings, or an inline table of strings."""
    import ast
    text = text.strip()
    if text.startswith("{"):
        out = {}
        for part in text.strip("{} ").split(","):
            if part.strip():
                k, v = part.split("=", 1)
                out[k.strip()] = ast.literal_eval(v.strip())
        return out
    return ast.literal_eval(text)


def _project(root):
    """The [project] table of bindings/python/pyproject.toml."""
    path = os.path.join(root, _PY_DIR, "pyproject.toml")
    with open(path, "rb") as f:
        raw = f.read()
    try:
        import tomllib  # Python >= 3.11
        data = tomllib.loads(raw.decode("utf-8"))
    except ImportError:
        data = {}
        table = None
        for line in raw.decode("utf-8").splitlines():
            line = line.split(" #")[0].strip()
            if not line or line.startswith("#"):
                continue
            m = re.match(r"^\[([^\]]+)\]$", line)
            if m:
                table = data
                for key in m.group(1).split("."):
                    table = table.setdefault(key.strip(), {})
                continue
            k, v = line.split("=", 1)
            table[k.strip().strip('"')] = _toml_value(v)
    project = data.get("project")
    if not project:
        raise BuildError("%s has no [project] table" % path)
    version = _c_version(root)
    if project.get("version") != version:
        raise BuildError("%s says version %s, include/miltag.h %s: make them equal"
                         % (path, project.get("version"), version))
    return project


def _dist_name(project):
    return re.sub(r"[-_.]+", "_", project["name"]).lower()


def _metadata(root, project):
    lines = ["Metadata-Version: 2.1",
             "Name: " + project["name"],
             "Version: " + project["version"],
             "Summary: " + project.get("description", "")]
    if "requires-python" in project:
        lines.append("Requires-Python: " + project["requires-python"])
    lic = project.get("license")
    if isinstance(lic, dict) and "text" in lic:
        lines.append("License: " + lic["text"])
    for c in project.get("classifiers", []):
        lines.append("Classifier: " + c)
    for url_name, url in sorted(project.get("urls", {}).items()):
        lines.append("Project-URL: %s, %s" % (url_name, url))
    for dep in project.get("dependencies", []):
        lines.append("Requires-Dist: " + dep)
    for extra, deps in sorted(project.get("optional-dependencies", {}).items()):
        lines.append("Provides-Extra: " + extra)
        for dep in deps:
            lines.append('Requires-Dist: %s ; extra == "%s"' % (dep, extra))
    body = ""
    readme = project.get("readme")
    if readme:
        lines.append("Description-Content-Type: text/markdown")
        with open(os.path.join(root, _PY_DIR, readme), encoding="utf-8") as f:
            body = f.read()
    return ("\n".join(lines) + "\n\n" + body).encode("utf-8")


# ------------------------------------------------------------ C library


def _run(cmd, cwd=None):
    _log("$ " + " ".join(shlex.quote(c) for c in cmd))
    try:
        subprocess.run(cmd, cwd=cwd, check=True, stdout=sys.stderr)
    except FileNotFoundError:
        raise BuildError("%s not found: building the miltag wheel needs CMake >= 3.18, a C "
                         "compiler, pkg-config and ICU (Debian: sh scripts/setup.sh build)"
                         % cmd[0]) from None
    except subprocess.CalledProcessError as e:
        raise BuildError("%s failed (exit status %d); the output above says why"
                         % (cmd[0], e.returncode)) from None


def _build_library(root, build_dir, config_settings):
    """Build libmiltag with CMake; returns (path, file name to bundle)."""
    cmake = shutil.which("cmake") or "cmake"
    extra = shlex.split((config_settings or {}).get("cmake-args", ""))
    _run([cmake, "-S", root, "-B", build_dir, "-DCMAKE_BUILD_TYPE=Release",
          "-DMILTAG_BUILD_TESTS=OFF", "-DMILTAG_SQLITE=OFF", "-DMILTAG_INSTALL=OFF"] + extra)
    jobs = str(os.cpu_count() or 1)
    _run([cmake, "--build", build_dir, "--target", "miltag", "--parallel", jobs])
    # CMake writes where the library is (the soname's file: libmiltag.so.0).
    with open(os.path.join(build_dir, "miltag-library.txt"), encoding="utf-8") as f:
        lib = f.read().strip()
    return os.path.realpath(lib), os.path.basename(lib)


def _platform_tag():
    return re.sub(r"[^A-Za-z0-9_]", "_", sysconfig.get_platform())


# --------------------------------------------------------------- wheel


class _Wheel:
    def __init__(self, path, dist_info):
        self.zip = zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED)
        self.dist_info = dist_info
        self.records = []

    def add(self, arcname, data, mode=0o644):
        info = zipfile.ZipInfo(arcname, date_time=(1980, 1, 1, 0, 0, 0))
        info.external_attr = (0o100000 | mode) << 16
        info.compress_type = zipfile.ZIP_DEFLATED
        self.zip.writestr(info, data)
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        self.records.append((arcname, "sha256=" + digest, str(len(data))))

    def close(self):
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\n")
        for r in self.records:
            w.writerow(r)
        w.writerow((self.dist_info + "/RECORD", "", ""))
        info = zipfile.ZipInfo(self.dist_info + "/RECORD", date_time=(1980, 1, 1, 0, 0, 0))
        info.external_attr = 0o100644 << 16
        info.compress_type = zipfile.ZIP_DEFLATED
        self.zip.writestr(info, out.getvalue())
        self.zip.close()


def _package_files(root):
    """(path in the wheel, file) of the pure-Python part."""
    pkg = os.path.join(root, _PY_DIR, "miltag")
    out = []
    for name in sorted(os.listdir(pkg)):
        if name.endswith(".py") or name == "py.typed":
            if name == "_install.py":  # cmake --install's record: not for a wheel
                continue
            out.append(("miltag/" + name, os.path.join(pkg, name)))
    return out


def _read(path):
    with open(path, "rb") as f:
        return f.read()


def _write_dist_info(add, root, project, dist_info, tag):
    add(dist_info + "/METADATA", _metadata(root, project))
    add(dist_info + "/WHEEL", ("Wheel-Version: 1.0\nGenerator: miltag_build\n"
                               "Root-Is-Purelib: false\nTag: %s\n" % tag).encode())
    for name in ("LICENSE", "NOTICE"):
        path = os.path.join(root, name)
        if os.path.exists(path):
            add(dist_info + "/licenses/" + name, _read(path))


# --------------------------------------------------------------- hooks


def get_requires_for_build_wheel(config_settings=None):
    return []


def get_requires_for_build_sdist(config_settings=None):
    return []


def prepare_metadata_for_build_wheel(metadata_directory, config_settings=None):
    root = _root()
    project = _project(root)
    dist_info = "%s-%s.dist-info" % (_dist_name(project), project["version"])
    base = os.path.join(metadata_directory, dist_info)
    os.makedirs(base, exist_ok=True)

    def add(arcname, data):
        path = os.path.join(metadata_directory, arcname)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)

    _write_dist_info(add, root, project, dist_info, "py3-none-" + _platform_tag())
    return dist_info


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    try:
        root = _root()
        project = _project(root)
        keep = (config_settings or {}).get("build-dir")
        build_dir = os.path.abspath(keep) if keep else tempfile.mkdtemp(prefix="miltag-wheel-")
        try:
            lib, lib_name = _build_library(root, build_dir, config_settings)
            tag = "py3-none-" + _platform_tag()
            name = _dist_name(project)
            dist_info = "%s-%s.dist-info" % (name, project["version"])
            wheel_name = "%s-%s-%s.whl" % (name, project["version"], tag)
            wheel = _Wheel(os.path.join(wheel_directory, wheel_name), dist_info)
            for arcname, path in _package_files(root):
                wheel.add(arcname, _read(path))
            wheel.add("miltag/" + lib_name, _read(lib), mode=0o755)
            _write_dist_info(wheel.add, root, project, dist_info, tag)
            wheel.close()
        finally:
            if not keep:
                shutil.rmtree(build_dir, ignore_errors=True)
        _log("built %s with %s bundled" % (wheel_name, lib_name))
        return wheel_name
    except BuildError as e:
        _log("error: %s" % e)
        raise


# --------------------------------------------------------------- sdist


def _tree_files(root):
    """The files of the source tree: in a git checkout those git tracks or
    would (not ignored), else everything but build directories and caches."""
    try:
        out = subprocess.run(["git", "-C", root, "ls-files", "-z", "--cached", "--others",
                              "--exclude-standard"],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=True)
        files = [f for f in out.stdout.decode("utf-8").split("\0") if f]
        if files:
            return sorted(f for f in files if os.path.isfile(os.path.join(root, f)))
    except (OSError, subprocess.CalledProcessError):
        pass
    files = []
    for d, dirs, names in os.walk(root):
        rel = os.path.relpath(d, root)
        dirs[:] = sorted(x for x in dirs if not (x.startswith(("build", ".")) and rel == ".")
                         and x not in ("__pycache__", ".git"))
        for n in names:
            if not n.endswith((".pyc", ".o")):
                files.append(os.path.normpath(os.path.join(rel, n)))
    return sorted(files)


def build_sdist(sdist_directory, config_settings=None):
    root = _root()
    project = _project(root)
    base = "%s-%s" % (_dist_name(project), project["version"])
    name = base + ".tar.gz"

    def entry(arcname, data, mode=0o644):
        info = tarfile.TarInfo(base + "/" + arcname)
        info.size = len(data)
        info.mtime = _EPOCH
        info.mode = mode
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        tar.addfile(info, io.BytesIO(data))

    path = os.path.join(sdist_directory, name)
    with open(path, "wb") as raw:
        with gzip.GzipFile(fileobj=raw, mode="wb", mtime=_EPOCH, filename="") as gz:
            with tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar:
                entry("PKG-INFO", _metadata(root, project))
                for rel in _tree_files(root):
                    full = os.path.join(root, rel)
                    mode = 0o755 if os.access(full, os.X_OK) else 0o644
                    entry(rel.replace(os.sep, "/"), _read(full), mode)
    return name
