"""Tests of the in-tree build backend (build_backend/miltag_build.py) that
need no compiler: metadata, the TOML reader of older Pythons, the version
check, the sdist.  The whole pip install is tests/packaging/python_pip_test.sh.

    python3 -m unittest discover -s bindings/python/tests -p test_build_backend.py
"""

import os
import sys
import tarfile
import tempfile
import unittest
from unittest import mock

HERE = os.path.dirname(os.path.abspath(__file__))
PKG = os.path.dirname(HERE)
ROOT = os.path.dirname(os.path.dirname(PKG))
sys.path.insert(0, os.path.join(PKG, "build_backend"))

import miltag_build  # noqa: E402


class InTree(unittest.TestCase):
    def setUp(self):
        self.cwd = os.getcwd()
        self.addCleanup(os.chdir, self.cwd)

    def test_root_from_either_pyproject(self):
        for where in (ROOT, PKG):
            os.chdir(where)
            self.assertEqual(miltag_build._root(), ROOT)
        with tempfile.TemporaryDirectory() as tmp:
            os.chdir(tmp)
            with self.assertRaises(miltag_build.BuildError):
                miltag_build._root()

    def test_needs_no_python_package(self):
        self.assertEqual(miltag_build.get_requires_for_build_wheel(), [])
        self.assertEqual(miltag_build.get_requires_for_build_sdist(), [])
        for path in (os.path.join(ROOT, "pyproject.toml"), os.path.join(PKG, "pyproject.toml")):
            with open(path, encoding="utf-8") as f:
                self.assertIn("requires = []", f.read())

    def test_toml_reader_agrees_with_tomllib(self):
        try:
            import tomllib
        except ImportError:
            self.skipTest("no tomllib before Python 3.11")
        want = miltag_build._project(ROOT)
        with mock.patch.dict(sys.modules, {"tomllib": None}):
            got = miltag_build._project(ROOT)
        self.assertEqual(got, want)
        with open(os.path.join(PKG, "pyproject.toml"), "rb") as f:
            self.assertEqual(tomllib.load(f)["project"], want)

    def test_version_is_the_libraries(self):
        project = miltag_build._project(ROOT)
        self.assertEqual(project["version"], miltag_build._c_version(ROOT))
        sys.path.insert(0, PKG)
        try:
            with open(os.path.join(PKG, "miltag", "__init__.py"), encoding="utf-8") as f:
                self.assertIn('__version__ = "%s"' % project["version"], f.read())
        finally:
            sys.path.remove(PKG)

    def test_metadata(self):
        os.chdir(PKG)
        with tempfile.TemporaryDirectory() as tmp:
            name = miltag_build.prepare_metadata_for_build_wheel(tmp)
            self.assertRegex(name, r"^miltag-\d+\.\d+\.\d+\.dist-info$")
            with open(os.path.join(tmp, name, "METADATA"), encoding="utf-8") as f:
                meta = f.read()
            with open(os.path.join(tmp, name, "WHEEL"), encoding="utf-8") as f:
                wheel = f.read()
        self.assertIn("Name: miltag\n", meta)
        self.assertIn("Requires-Python: >=3.8\n", meta)
        self.assertIn('Requires-Dist: distributed ; extra == "dask"\n', meta)
        self.assertIn("Classifier: Typing :: Typed\n", meta)
        self.assertIn("# miltag for Python", meta)  # the README is the description
        self.assertIn("Root-Is-Purelib: false\n", wheel)
        self.assertRegex(wheel, r"Tag: py3-none-\w+\n")

    def test_sdist_holds_the_tree(self):
        os.chdir(PKG)
        with tempfile.TemporaryDirectory() as tmp:
            name = miltag_build.build_sdist(tmp)
            with tarfile.open(os.path.join(tmp, name)) as tar:
                names = set(tar.getnames())
                top = name[:-len(".tar.gz")]
                for f in ("PKG-INFO", "pyproject.toml", "CMakeLists.txt", "include/miltag.h",
                          "lib/api.c", "data/lexicon.tsv", "bindings/python/miltag/__init__.py",
                          "bindings/python/build_backend/miltag_build.py", "LICENSE"):
                    self.assertIn(top + "/" + f, names)
                self.assertFalse(any("/build/" in n or n.endswith(".pyc") for n in names))
            # reproducible: the same bytes twice
            with open(os.path.join(tmp, name), "rb") as f:
                first = f.read()
            os.unlink(os.path.join(tmp, name))
            miltag_build.build_sdist(tmp)
            with open(os.path.join(tmp, name), "rb") as f:
                self.assertEqual(f.read(), first)


if __name__ == "__main__":
    unittest.main()
