"""miltag: tag casualty codes, military units, places and slang in text.

A thin ctypes binding of libmiltag (standard library only)::

    import miltag
    with miltag.Tagger() as t:
        for s in t.tag("Бойцы ЧВК «Вагнер» под Бахмутом, 200s."):
            print(s.start, s.end, s.category, s.id, s.text)

The shared library is looked up, in this order: the path in the environment
variable MILTAG_LIBRARY; libmiltag next to this package; the system's
library path (ctypes.util.find_library, then the soname itself).

One Tagger may be used from any number of threads: the compiled lexicon is
shared and immutable, and each thread gets its own scanner.  The GIL is
released while the C library scans.
"""

import ctypes
import ctypes.util
import functools
import os
import re
import sys
import threading
import warnings
import weakref
from typing import Dict, List, NamedTuple

__all__ = ["Tagger", "Span", "Error", "LexiconWarning", "format_jsonl", "version",
           "library_path"]
__version__ = "0.1.0"

# The C library's major version this binding was written against.  Structure
# layouts may change with it, so a different major refuses to load.
_ABI_MAJOR = 0

# ------------------------------------------------------------ loading


def _library_names():
    if sys.platform == "darwin":
        return ["libmiltag.dylib", "libmiltag.0.dylib"]
    if sys.platform == "win32":
        return ["miltag.dll", "libmiltag.dll"]
    return ["libmiltag.so", "libmiltag.so.0"]


def _load_library():
    env = os.environ.get("MILTAG_LIBRARY")
    if env:
        # An explicit choice must not silently fall back to another copy.
        try:
            return ctypes.CDLL(env), env
        except OSError as e:
            raise ImportError("miltag: cannot load MILTAG_LIBRARY=%r: %s" % (env, e)) from e
    tried = []
    here = os.path.dirname(os.path.abspath(__file__))
    candidates = [os.path.join(here, n) for n in _library_names()]
    found = ctypes.util.find_library("miltag")
    if found:
        candidates.append(found)
    candidates.extend(_library_names()[1:])
    for path in candidates:
        if os.sep in path and not os.path.exists(path):
            tried.append(path)
            continue
        try:
            return ctypes.CDLL(path), path
        except OSError as e:
            tried.append("%s (%s)" % (path, e))
    raise ImportError("miltag: cannot find the shared library libmiltag; set MILTAG_LIBRARY "
                      "to its full path (tried: %s)" % ", ".join(tried))


_lib, library_path = _load_library()

_c_size_p = ctypes.POINTER(ctypes.c_size_t)


class _CError(ctypes.Structure):
    _fields_ = [("status", ctypes.c_int), ("line", ctypes.c_ulong),
                ("column", ctypes.c_ulong), ("file", ctypes.c_char * 256),
                ("what", ctypes.c_char * 256), ("message", ctypes.c_char * 640)]


# String members are declared as c_void_p, not c_char_p: ctypes would copy a
# c_char_p into a new bytes object on every access, while the address lets
# us decode each lexicon-owned string once and cache it.
class _CTag(ctypes.Structure):
    _fields_ = [("start", ctypes.c_size_t), ("end", ctypes.c_size_t),
                ("category", ctypes.c_int), ("id", ctypes.c_void_p),
                ("label", ctypes.c_void_p), ("lang", ctypes.c_void_p),
                ("attrs", ctypes.c_void_p), ("entry", ctypes.c_uint32),
                ("row", ctypes.c_uint32), ("flags", ctypes.c_uint),
                ("n_candidates", ctypes.c_size_t), ("candidates", ctypes.c_void_p)]


class _CEntry(ctypes.Structure):
    _fields_ = [("id", ctypes.c_void_p), ("label", ctypes.c_void_p),
                ("attrs", ctypes.c_void_p), ("category", ctypes.c_int)]


_WARN_FN = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(_CError), ctypes.c_void_p)


class _CCompileOptions(ctypes.Structure):
    _fields_ = [("flags", ctypes.c_uint), ("allocator", ctypes.c_void_p),
                ("warn", _WARN_FN), ("warn_ctx", ctypes.c_void_p)]


def _fn(name, restype, *argtypes):
    f = getattr(_lib, name)
    f.restype = restype
    f.argtypes = list(argtypes)
    return f


_vp = ctypes.c_void_p
_pvp = ctypes.POINTER(ctypes.c_void_p)
_perr = ctypes.POINTER(_CError)
_version = _fn("miltag_version", ctypes.c_char_p)
_version_number = _fn("miltag_version_number", ctypes.c_int)
_strerror = _fn("miltag_strerror", ctypes.c_char_p, ctypes.c_int)
_category_name = _fn("miltag_category_name", ctypes.c_char_p, ctypes.c_int)
_lexicon_default = _fn("miltag_lexicon_default", ctypes.c_int, _vp, _pvp)
_lexicon_compile_file = _fn("miltag_lexicon_compile_file", ctypes.c_int, ctypes.c_char_p,
                            ctypes.POINTER(_CCompileOptions), _pvp, _perr)
_lexicon_open_image = _fn("miltag_lexicon_open_image", ctypes.c_int, ctypes.c_char_p,
                          ctypes.c_size_t, _vp, _pvp, _perr)
_lexicon_free = _fn("miltag_lexicon_free", None, _vp)
_lexicon_entry = _fn("miltag_lexicon_entry", ctypes.c_int, _vp, ctypes.c_uint32,
                     ctypes.POINTER(_CEntry))
_builder_new = _fn("miltag_builder_new", ctypes.c_int, ctypes.POINTER(_CCompileOptions), _pvp)
_builder_add_file = _fn("miltag_builder_add_file", ctypes.c_int, _vp, ctypes.c_char_p, _perr)
_builder_add_lexicon = _fn("miltag_builder_add_lexicon", ctypes.c_int, _vp, _vp, _perr)
_builder_compile = _fn("miltag_builder_compile", ctypes.c_int, _vp, _pvp, _perr)
_builder_free = _fn("miltag_builder_free", None, _vp)
_scanner_new = _fn("miltag_scanner_new", ctypes.c_int, _vp, _pvp)
_scanner_free = _fn("miltag_scanner_free", None, _vp)
_results_new = _fn("miltag_results_new", ctypes.c_int, _vp, _pvp)
_results_free = _fn("miltag_results_free", None, _vp)
# ctypes (CDLL, not PyDLL) releases the GIL around this call: other Python
# threads run while a long text is scanned.
_scan_results = _fn("miltag_scan_results", ctypes.c_int, _vp, ctypes.c_char_p,
                    ctypes.c_size_t, ctypes.c_uint, _vp)
_results_count = _fn("miltag_results_count", ctypes.c_size_t, _vp)
_results_get = _fn("miltag_results_get", ctypes.c_void_p, _vp, ctypes.c_size_t)

if _version_number() // 10000 != _ABI_MAJOR:
    raise ImportError("miltag: %s is version %s; this binding needs %d.x"
                      % (library_path, _version().decode(), _ABI_MAJOR))

_MILTAG_E_INVALID = -2
_MILTAG_E_BUSY = -6
_COMPILE_STRICT = 0x1
_SCAN_OVERLAPS = 0x1
_SCAN_AMBIGUOUS = 0x2
_TAG_AMBIGUOUS = 0x1
_IMAGE_MAGIC = b"MILTAGLX"


def version():
    """The version of the loaded C library, e.g. "0.1.0"."""
    return _version().decode()


# ------------------------------------------------------------- errors


class Error(Exception):
    """A failure reported by libmiltag.

    str(e) is the library's message ("my.tsv:3:6: unknown category 'city'").
    status is the negative miltag_status code; line, column and file say
    where in a lexicon source the problem is (0, 0 and "" when not about a
    file); what is the problem without its location.
    """

    def __init__(self, message, status, line=0, column=0, file="", what=""):
        super().__init__(message)
        self.message = message
        self.status = status
        self.line = line
        self.column = column
        self.file = file
        self.what = what or message


class LexiconWarning(UserWarning):
    """A non-fatal problem found while compiling a lexicon (e.g. a duplicate row)."""


def _strerror_text(status):
    return _strerror(status).decode("utf-8", "replace")


def _error_from(status, err=None):
    if err is not None and err.message:
        dec = lambda b: b.decode("utf-8", "replace")  # noqa: E731
        return Error(dec(err.message), status, err.line, err.column, dec(err.file),
                     dec(err.what))
    return Error(_strerror_text(status), status)


def _check(status, err=None):
    if status < 0:
        raise _error_from(status, err)


# --------------------------------------------------------------- spans


class Span(NamedTuple):
    """One tag.

    start, end: code-point offsets into the str given to Tagger.tag (byte
    offsets for Tagger.tag_bytes), so text == source[start:end].
    byte_start, byte_end: UTF-8 byte offsets, as the C library and the CLI
    report them.  category: "casualty", "unit", "place" or "slang".
    attrs: the entry's attributes as a dict (escapes removed).
    candidates: every id the span may denote, most likely first
    (candidates[0] == id).  ambiguous: the match lacked the evidence an
    ambiguous row needs (only reported with ambiguous=True).
    """
    start: int
    end: int
    byte_start: int
    byte_end: int
    text: str
    category: str
    id: str
    label: str
    lang: str
    attrs: Dict[str, str]
    candidates: List[str]
    ambiguous: bool


@functools.lru_cache(maxsize=4096)
def _parse_attrs(raw):
    """'k=v;k2=v\\;2' -> (('k', 'v'), ('k2', 'v;2')).

    Keys are [a-z0-9_] (docs/lexicon.md); values escape ';', '=' and '\\'
    with a backslash.  Cached because a scan sees the same few strings over
    and over; the tuple is immutable, callers get a fresh dict.
    """
    s = raw.decode("utf-8", "replace")
    out = []
    i, n = 0, len(s)
    while i < n:
        j = i
        while j < n and s[j] != "=" and s[j] != ";":
            j += 1
        key = s[i:j]
        val = []
        if j < n and s[j] == "=":
            j += 1
            while j < n and s[j] != ";":
                if s[j] == "\\" and j + 1 < n:
                    j += 1
                val.append(s[j])
                j += 1
        if j < n:  # the ';'
            j += 1
        out.append((key, "".join(val)))
        i = j
    return tuple(out)


def _decode_lossy(b):
    """Decode UTF-8 with one U+FFFD per invalid byte, as the CLI writes it
    (Python's "replace" handler would merge some invalid sequences)."""
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        pass
    parts = []
    while b:
        try:
            parts.append(b.decode("utf-8"))
            break
        except UnicodeDecodeError as e:
            parts.append(b[:e.start].decode("utf-8"))
            parts.append("\ufffd")
            b = b[e.start + 1:]
    return "".join(parts)


# Bytes that continue a UTF-8 sequence; deleting them leaves one byte per
# code point, so len() after translate() counts code points at C speed.
_CONTINUATION = bytes(range(0x80, 0xC0))


def _codepoint_map(data, offsets):
    """Map each byte offset in offsets to its code-point offset in data.

    One left-to-right pass over data in total: O(len(data) + k log k) for k
    offsets, instead of decoding a prefix per offset.  Lone surrogates
    (encoded with surrogatepass) are one lead byte plus continuation bytes,
    so they count as one code point, as they are in the str.
    """
    m = {}
    prev = 0
    cp = 0
    for off in sorted(offsets):
        cp += len(data[prev:off].translate(None, _CONTINUATION))
        m[off] = cp
        prev = off
    return m


# ---------------------------------------------------------- C objects


class _Lexicon:
    """Owns one miltag_lexicon and caches what is decoded from it."""

    def __init__(self, ptr):
        self.ptr = ptr
        self._entries = {}
        self._strings = {}

    def free(self):
        ptr, self.ptr = self.ptr, None
        if ptr and _lexicon_free is not None:
            _lexicon_free(ptr)

    def __del__(self):
        try:
            self.free()
        except Exception:  # interpreter shutdown: the module may be gone
            pass

    def string(self, addr):
        # The lexicon is immutable and its strings live as long as it, so an
        # address identifies a string for the lexicon's lifetime.
        s = self._strings.get(addr)
        if s is None:
            s = ctypes.string_at(addr).decode("utf-8", "replace") if addr else ""
            self._strings[addr] = s
        return s

    def entry(self, index):
        """(id, label, category name, attrs address, parsed attrs)."""
        e = self._entries.get(index)
        if e is None:
            ce = _CEntry()
            _check(_lexicon_entry(self.ptr, index, ctypes.byref(ce)))
            raw = ctypes.string_at(ce.attrs) if ce.attrs else b""
            cat = _category_name(ce.category)
            e = (self.string(ce.id), self.string(ce.label),
                 cat.decode() if cat else str(ce.category), ce.attrs, _parse_attrs(raw))
            self._entries[index] = e
        return e


class _Scratch:
    """One thread's scanner and results buffer for a lexicon."""

    __slots__ = ("lex", "scanner", "results", "__weakref__")

    def __init__(self, lex):
        self.lex = lex  # keeps the lexicon alive at least as long as this
        self.scanner = None
        self.results = None
        s = ctypes.c_void_p()
        _check(_scanner_new(lex.ptr, ctypes.byref(s)))
        self.scanner = s.value
        r = ctypes.c_void_p()
        rc = _results_new(lex.ptr, ctypes.byref(r))
        if rc < 0:
            self.free()
            _check(rc)
        self.results = r.value

    def free(self):
        r, self.results = self.results, None
        s, self.scanner = self.scanner, None
        if r:
            _results_free(r)
        if s:
            _scanner_free(s)

    def __del__(self):
        try:
            self.free()
        except Exception:
            pass


def _source_paths(lexicon):
    if isinstance(lexicon, (str, bytes, os.PathLike)):
        return [lexicon]
    paths = list(lexicon)
    if not paths:
        raise ValueError("miltag: lexicon is an empty list")
    return paths


def _open_image(path):
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise Error("%s: %s" % (os.fsdecode(path), e.strerror or e), -3,
                    file=os.fsdecode(path)) from e
    out = ctypes.c_void_p()
    err = _CError()
    rc = _lexicon_open_image(data, len(data), None, ctypes.byref(out), ctypes.byref(err))
    if rc < 0:
        what = err.what.decode("utf-8", "replace") or _strerror_text(rc)
        raise Error("%s: %s" % (os.fsdecode(path), what), rc, file=os.fsdecode(path), what=what)
    return _Lexicon(out.value)


def _is_image(path):
    try:
        with open(path, "rb") as f:
            return f.read(len(_IMAGE_MAGIC)) == _IMAGE_MAGIC
    except OSError:
        return False  # let the TSV reader report it with the library's message


def _build(lexicon, extend, strict):
    """Compile the lexicon a Tagger asked for; returns a _Lexicon."""
    if lexicon is None:
        if extend:
            raise ValueError("miltag: extend=True needs a lexicon to add")
        out = ctypes.c_void_p()
        _check(_lexicon_default(None, ctypes.byref(out)))
        return _Lexicon(out.value)

    paths = [os.fsencode(p) for p in _source_paths(lexicon)]
    found = []

    def on_warning(w, ctx):
        found.append(w.contents.message.decode("utf-8", "replace"))
        return 0

    opts = _CCompileOptions()
    opts.flags = _COMPILE_STRICT if strict else 0
    opts.warn = _WARN_FN(on_warning)  # kept alive by opts until we return
    err = _CError()
    out = ctypes.c_void_p()

    if len(paths) == 1 and not extend and not _is_image(paths[0]):
        _check(_lexicon_compile_file(paths[0], ctypes.byref(opts), ctypes.byref(out),
                                     ctypes.byref(err)), err)
    elif len(paths) == 1 and not extend:
        return _open_image(paths[0])
    else:
        b = ctypes.c_void_p()
        _check(_builder_new(ctypes.byref(opts), ctypes.byref(b)))
        try:
            if extend:
                base = _build(None, False, False)
                try:
                    _check(_builder_add_lexicon(b, base.ptr, ctypes.byref(err)), err)
                finally:
                    base.free()
            for p in paths:
                if _is_image(p):
                    img = _open_image(p)
                    try:
                        _check(_builder_add_lexicon(b, img.ptr, ctypes.byref(err)), err)
                    finally:
                        img.free()
                else:
                    _check(_builder_add_file(b, p, ctypes.byref(err)), err)
            _check(_builder_compile(b, ctypes.byref(out), ctypes.byref(err)), err)
        finally:
            _builder_free(b)
    for msg in found:
        warnings.warn(msg, LexiconWarning, stacklevel=3)
    return _Lexicon(out.value)


# --------------------------------------------------------------- Tagger


class Tagger:
    """A compiled lexicon plus per-thread scanners.

    Tagger()                             the built-in default lexicon
    Tagger(lexicon="my.tsv")             only the rows of my.tsv
    Tagger(lexicon="my.tsv", extend=True) my.tsv on top of the default
    lexicon may also be a list of files (TSV or compiled images), combined
    as repeated `miltag --lexicon` options are.  strict=True makes compile
    warnings (duplicate rows, terms that can never match) errors; otherwise
    they are issued as LexiconWarning.  Raises Error when a source is bad.
    """

    def __init__(self, lexicon=None, *, extend=False, strict=False):
        self._lock = threading.Lock()
        self._active = 0
        self._closed = True
        self._scratches = weakref.WeakSet()
        self._local = threading.local()
        self._lex = _build(lexicon, extend, strict)
        self._closed = False

    # -- lifetime

    def close(self):
        """Free the C objects now.  Idempotent; tagging afterwards raises
        ValueError.  Raises Error (status MILTAG_E_BUSY) while another
        thread is inside tag()."""
        with self._lock:
            if self._closed:
                return
            if self._active:
                raise Error("miltag: Tagger.close() while another thread is tagging",
                            _MILTAG_E_BUSY)
            self._closed = True
            scratches = list(self._scratches)
        for s in scratches:
            s.free()
        self._lex.free()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    @property
    def closed(self):
        return self._closed

    def __reduce__(self):
        # The default error would be about a lock; say what to do instead.
        raise TypeError("miltag.Tagger holds C objects and cannot be pickled: build one "
                        "Tagger per process (see examples/dask_tag.py)")

    # -- tagging

    def _scratch(self):
        s = getattr(self._local, "scratch", None)
        if s is None:
            s = _Scratch(self._lex)
            self._local.scratch = s
            with self._lock:
                self._scratches.add(s)
        return s

    def _scan(self, data, overlaps, ambiguous):
        """Scan data; return the raw tags as tuples while the results are
        still valid: (bstart, bend, entry, lang, attrs, candidates, ambiguous)."""
        flags = (_SCAN_OVERLAPS if overlaps else 0) | (_SCAN_AMBIGUOUS if ambiguous else 0)
        with self._lock:
            if self._closed:
                raise ValueError("miltag: the Tagger is closed")
            self._active += 1
        try:
            s = self._scratch()
            rc = _scan_results(s.scanner, data, len(data), flags, s.results)
            if rc < 0:
                raise _error_from(rc)
            lex = self._lex
            out = []
            for i in range(_results_count(s.results)):
                t = _CTag.from_address(_results_get(s.results, i))
                e = lex.entry(t.entry)
                if t.attrs == e[3]:
                    attrs = e[4]
                elif t.attrs:  # a {num} match: the attrs live in the results object
                    attrs = _parse_attrs(ctypes.string_at(t.attrs))
                else:
                    attrs = ()
                n = t.n_candidates
                if n > 1:
                    idx = (ctypes.c_uint32 * n).from_address(t.candidates)
                    cands = [lex.entry(k)[0] for k in idx]
                else:
                    cands = [e[0]]
                out.append((t.start, t.end, e, lex.string(t.lang), attrs, cands,
                            bool(t.flags & _TAG_AMBIGUOUS)))
            return out
        finally:
            with self._lock:
                self._active -= 1

    def tag(self, text, *, overlaps=False, ambiguous=False):
        """Tag a str; returns a list of Span in order of increasing start.

        start and end are code-point offsets into text; byte_start and
        byte_end are offsets into text.encode("utf-8").  overlaps=True
        reports overlapping matches too; ambiguous=True also reports
        ambiguous matches that lack evidence (Span.ambiguous is then True).
        """
        if not isinstance(text, str):
            raise TypeError("miltag: tag() needs a str; use tag_bytes() for bytes")
        # surrogatepass: a lone surrogate becomes ill-formed UTF-8, which the
        # library accepts and never tags, instead of failing the whole call.
        data = text.encode("utf-8", "surrogatepass")
        raw = self._scan(data, overlaps, ambiguous)
        if not raw:
            return []
        if len(data) == len(text):  # ASCII: bytes and code points agree
            cp = None
        else:
            offs = set()
            for r in raw:
                offs.add(r[0])
                offs.add(r[1])
            cp = _codepoint_map(data, offs)
        spans = []
        for bs, be, e, lang, attrs, cands, amb in raw:
            s, t = (bs, be) if cp is None else (cp[bs], cp[be])
            spans.append(Span(s, t, bs, be, text[s:t], e[2], e[0], e[1], lang, dict(attrs),
                              cands, amb))
        return spans

    def tag_bytes(self, data, *, overlaps=False, ambiguous=False):
        """Tag UTF-8 bytes (invalid sequences allowed; they are never tagged).

        Like tag(), but start == byte_start and end == byte_end are byte
        offsets, and Span.text has one U+FFFD per invalid byte.
        """
        data = bytes(data)
        raw = self._scan(data, overlaps, ambiguous)
        return [Span(bs, be, bs, be, _decode_lossy(data[bs:be]), e[2], e[0], e[1], lang,
                     dict(attrs), cands, amb)
                for bs, be, e, lang, attrs, cands, amb in raw]


# ------------------------------------------------------ CLI-format output


def _json_escape_table():
    t = {c: "\\u%04x" % c for c in range(0x20)}
    t.update({ord("\n"): "\\n", ord("\t"): "\\t", ord("\r"): "\\r", ord('"'): '\\"',
              ord("\\"): "\\\\", 0x7F: "\\u007f", 0x2028: "\\u2028", 0x2029: "\\u2029"})
    # A lone surrogate is three ill-formed bytes to the CLI: three U+FFFD.
    t.update({c: "\\ufffd" * 3 for c in range(0xD800, 0xE000)})
    return t


_JSON_ESCAPES = _json_escape_table()


def _json_str(s):
    return '"' + s.translate(_JSON_ESCAPES) + '"'


def _json_bytes(b):
    """A JSON string for UTF-8 bytes, each invalid byte written as the
    escape \\ufffd, as the CLI does."""
    try:
        return _json_str(b.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    parts = []
    while b:
        try:
            parts.append(b.decode("utf-8").translate(_JSON_ESCAPES))
            break
        except UnicodeDecodeError as e:
            parts.append(b[:e.start].decode("utf-8").translate(_JSON_ESCAPES))
            parts.append("\\ufffd")
            b = b[e.start + 1:]
    return '"' + "".join(parts) + '"'


_JSON_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?\Z")


def _json_attr(key, value):
    """An attribute value as the CLI writes it: coordinates and population
    (lat, lon, pop) as JSON numbers, everything else as strings."""
    if key in ("lat", "lon", "pop") and _JSON_NUMBER.match(value):
        return value
    return _json_str(value)


def format_jsonl(line, spans, source=None):
    """One line of `miltag --format jsonl` output (without the newline) for
    document number line and its spans, byte for byte what the CLI prints.

    Offsets are the spans' byte offsets, as the CLI writes them.  Pass the
    bytes given to Tagger.tag_bytes as source when they may hold invalid
    UTF-8: the CLI writes each invalid byte as the escape \\ufffd, which the
    decoded Span.text cannot tell apart from a real U+FFFD.
    """
    parts = []
    src = source if isinstance(source, (bytes, bytearray, memoryview)) else None
    for s in spans:
        text = _json_str(s.text) if src is None else _json_bytes(bytes(src[s.byte_start:s.byte_end]))
        o = ['{"start":%d,"end":%d,"category":%s,"id":%s,"label":%s,"text":%s,"lang":%s,'
             '"attrs":{' % (s.byte_start, s.byte_end, _json_str(s.category), _json_str(s.id),
                            _json_str(s.label), text, _json_str(s.lang)),
             ",".join("%s:%s" % (_json_str(k), _json_attr(k, v)) for k, v in s.attrs.items()),
             "}"]
        if len(s.candidates) > 1:
            o.append(',"candidates":[%s]' % ",".join(_json_str(c) for c in s.candidates))
        if s.ambiguous:
            o.append(',"ambiguous":true')
        o.append("}")
        parts.append("".join(o))
    return '{"line":%d,"tags":[%s]}' % (line, ",".join(parts))

