"""miltag: tag casualty codes, military units, places and slang in text.

A ctypes binding of libmiltag (standard library only)::

    import miltag
    with miltag.Tagger() as t:
        for s in t.tag("Бойцы ЧВК «Вагнер» под Бахмутом, 200s."):
            print(s.start, s.end, s.category, s.id, s.text)

        # many documents: tagged in batches, the GIL released while C scans
        for spans in t.tag_many(lines):
            ...

The shared library is looked up, in this order: the path in the environment
variable MILTAG_LIBRARY; the copy bundled next to this package (what `pip
install` puts there); the library that `cmake --install` recorded in
miltag/_install.py; the system's library path (ctypes.util.find_library,
then the soname itself).

One Tagger may be used from any number of threads: the compiled lexicon is
shared and immutable, and each thread gets its own scanner.  The GIL is
released while the C library scans.
"""

import collections
import concurrent.futures
import ctypes
import ctypes.util
import functools
import itertools
import os
import re
import struct
import sys
import threading
import warnings
import weakref
from typing import (Any, Callable, Deque, Dict, Iterable, Iterator, List, Mapping, NamedTuple,
                    NoReturn, Optional, Sequence, Tuple, Union, cast)

__all__ = ["Tagger", "Span", "Count", "Attrs", "Error", "LexiconWarning", "IncompleteWarning",
           "format_jsonl", "version", "library_path"]
__version__ = "0.1.0"

# The C library's major version this binding was written against.  Structure
# layouts may change with it, so a different major refuses to load.
_ABI_MAJOR = 0

#: What Tagger.tag_bytes and the batch calls accept as bytes: any object
#: with the buffer protocol (bytes, bytearray, memoryview, mmap, array).
BytesLike = Union[bytes, bytearray, memoryview]
#: A lexicon source: a path (TSV or compiled image), or a list of them.
LexiconSource = Union[str, bytes, "os.PathLike[str]", "os.PathLike[bytes]",
                      Sequence[Union[str, bytes, "os.PathLike[str]", "os.PathLike[bytes]"]]]

# ------------------------------------------------------------ loading


def _library_names() -> List[str]:
    if sys.platform == "darwin":
        return ["libmiltag.dylib", "libmiltag.0.dylib"]
    if sys.platform == "win32":
        return ["miltag.dll", "libmiltag.dll"]
    return ["libmiltag.so", "libmiltag.so.0"]


def _installed_library() -> Optional[str]:
    """The library `cmake --install` recorded next to this package, if any
    (a path relative to this directory, so that the tree can move)."""
    try:
        from . import _install  # type: ignore[attr-defined]
    except ImportError:
        return None
    here = os.path.dirname(os.path.abspath(__file__))
    return os.path.normpath(os.path.join(here, _install.LIBRARY))


def _load_library() -> Tuple[ctypes.CDLL, str]:
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
    installed = _installed_library()
    if installed:
        candidates.append(installed)
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
    raise ImportError("miltag: cannot find the shared library libmiltag (install the package "
                      "with pip, which bundles it, or set MILTAG_LIBRARY to its full path; "
                      "tried: %s)" % ", ".join(tried))


_lib, library_path = _load_library()


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
                ("n_candidates", ctypes.c_size_t), ("candidates", ctypes.c_void_p),
                ("count", ctypes.c_long), ("count_min", ctypes.c_long),
                ("count_max", ctypes.c_long), ("count_start", ctypes.c_size_t),
                ("count_end", ctypes.c_size_t),
                # what a pattern's {num} and {name} slots took: byte offsets
                ("number_start", ctypes.c_size_t), ("number_end", ctypes.c_size_t),
                ("number_value", ctypes.c_uint64),
                ("name_start", ctypes.c_size_t), ("name_end", ctypes.c_size_t)]


# The same layout for struct.iter_unpack, which reads a whole array of tags
# at C speed instead of one ctypes object per tag.
_TAG_FORMAT = struct.Struct("@NNiPPPPIIINPlllNNNNQNN")
_NO_COUNT = -1  # MILTAG_NO_COUNT
if _TAG_FORMAT.size != ctypes.sizeof(_CTag):  # pragma: no cover - a foreign ABI
    raise ImportError("miltag: miltag_tag is %d bytes, the binding expects %d"
                      % (ctypes.sizeof(_CTag), _TAG_FORMAT.size))


class _CEntry(ctypes.Structure):
    _fields_ = [("id", ctypes.c_void_p), ("label", ctypes.c_void_p),
                ("attrs", ctypes.c_void_p), ("category", ctypes.c_int)]


_WARN_FN = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(_CError), ctypes.c_void_p)


class _CCompileOptions(ctypes.Structure):
    _fields_ = [("size", ctypes.c_size_t), ("flags", ctypes.c_uint),
                ("allocator", ctypes.c_void_p), ("warn", _WARN_FN),
                ("warn_ctx", ctypes.c_void_p)]


def _fn(name: str, restype: Any, *argtypes: Any) -> Any:
    f = getattr(_lib, name)
    f.restype = restype
    f.argtypes = list(argtypes)
    return f


_vp = ctypes.c_void_p
_pvp = ctypes.POINTER(ctypes.c_void_p)
_perr = ctypes.POINTER(_CError)
_psize = ctypes.POINTER(ctypes.c_size_t)
_version = _fn("miltag_version", ctypes.c_char_p)
_lexicon_is_image = _fn("miltag_lexicon_is_image", ctypes.c_int, ctypes.c_char_p, ctypes.c_size_t)
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
# ctypes (CDLL, not PyDLL) releases the GIL around these calls: other Python
# threads run while C scans a long text or a whole batch of documents.
_scan_results = _fn("miltag_scan_results", ctypes.c_int, _vp, ctypes.c_char_p,
                    ctypes.c_size_t, ctypes.c_uint, _vp)
_scan_batch = _fn("miltag_scan_batch", ctypes.c_int, _vp, ctypes.c_size_t,
                  ctypes.POINTER(ctypes.c_char_p), _psize, ctypes.c_uint, _vp, _psize,
                  ctypes.POINTER(ctypes.c_int))
_results_count = _fn("miltag_results_count", ctypes.c_size_t, _vp)
_results_get = _fn("miltag_results_get", ctypes.c_void_p, _vp, ctypes.c_size_t)

if _version_number() // 10000 != _ABI_MAJOR:
    raise ImportError("miltag: %s is version %s; this binding needs %d.x"
                      % (library_path, _version().decode(), _ABI_MAJOR))

_MILTAG_INCOMPLETE = 2
_MILTAG_E_INVALID = -2
_MILTAG_E_BUSY = -6
_COMPILE_STRICT = 0x1
_SCAN_OVERLAPS = 0x1
_SCAN_AMBIGUOUS = 0x2
_TAG_AMBIGUOUS = 0x1
_SIZE_MAX = 2 ** (8 * ctypes.sizeof(ctypes.c_size_t)) - 1

# Tags are read from C in slices of this many (bounded temporary memory).
_CHUNK_TAGS = 4096
# A thread's results buffer that held more tags than this is given back to
# the allocator after the call rather than kept at its largest size.
_KEEP_RESULTS_TAGS = 1 << 16


def version() -> str:
    """The version of the loaded C library, e.g. "0.1.0"."""
    return str(_version().decode())


# ------------------------------------------------------------- errors


class Error(Exception):
    """A failure reported by libmiltag.

    str(e) is the library's message ("my.tsv:3:6: unknown category 'city'").
    status is the negative miltag_status code; line, column and file say
    where in a lexicon source the problem is (0, 0 and "" when not about a
    file); what is the problem without its location.
    """

    def __init__(self, message: str, status: int, line: int = 0, column: int = 0,
                 file: str = "", what: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.line = line
        self.column = column
        self.file = file
        self.what = what or message


class LexiconWarning(UserWarning):
    """A non-fatal problem found while compiling a lexicon (e.g. a duplicate row)."""


class IncompleteWarning(UserWarning):
    """A text was tagged to its end, but a size limit of the scanner made it
    drop partial matches, so tags may be missing (MILTAG_INCOMPLETE; only
    lexicons of hundreds of overlapping patterns reach it).  The spans
    returned are right.  Make it an error with
    warnings.simplefilter("error", miltag.IncompleteWarning)."""


def _warn_incomplete(which: str) -> None:
    warnings.warn("miltag: %s: %s" % (which, _strerror_text(_MILTAG_INCOMPLETE)),
                  IncompleteWarning, stacklevel=4)


def _strerror_text(status: int) -> str:
    return str(_strerror(status).decode("utf-8", "replace"))


def _error_from(status: int, err: Optional[_CError] = None) -> Error:
    if err is not None and err.message:
        def dec(b: bytes) -> str:
            return b.decode("utf-8", "replace")
        return Error(dec(err.message), status, err.line, err.column, dec(err.file),
                     dec(err.what))
    return Error(_strerror_text(status), status)


def _check(status: int, err: Optional[_CError] = None) -> None:
    if status < 0:
        raise _error_from(status, err)


# --------------------------------------------------------------- spans


class Attrs(Dict[str, str]):
    """An entry's attributes: a read-only dict.

    Every span of one entry shares one Attrs, so a million tags of Kharkiv
    cost one dict, not a million (a span of a pattern whose {num} or {name}
    slot took something has its own, with number= or name= added).  It is a dict for everything that reads
    (json.dumps, ==, .get, iteration); changing it raises TypeError.
    dict(span.attrs) is a copy of your own.
    """

    __slots__ = ()

    def _readonly(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise TypeError("miltag.Attrs is read-only (shared by every span of the entry); "
                        "copy it with dict(span.attrs)")

    # Deliberately not the signatures of dict's methods: each refuses.
    __setitem__ = __delitem__ = clear = _readonly  # type: ignore[assignment]
    pop = popitem = setdefault = update = _readonly  # type: ignore[assignment]
    __ior__ = _readonly  # type: ignore[assignment]

    def __reduce__(self) -> Tuple[Any, ...]:
        return (Attrs, (dict(self),))

    def __copy__(self) -> "Attrs":
        return self

    def __deepcopy__(self, memo: Dict[int, Any]) -> "Attrs":
        return self


_NO_ATTRS = Attrs()


class Count(NamedTuple):
    """How many people a casualty tag counts, as the text states it
    ("three 200s", "200-х — 4", "3–4 двухсотых"; docs/counts.md).

    value: the number (for a range its lower bound); min, max: the range
    (both equal value for one number).  start, end: where the number is,
    in the same units as the Span's start and end; byte_start, byte_end:
    UTF-8 byte offsets; text: the number as written ("трое", "3–4").
    """
    value: int
    min: int
    max: int
    start: int
    end: int
    byte_start: int
    byte_end: int
    text: str


class Span(NamedTuple):
    """One tag.

    start, end: code-point offsets into the str given to Tagger.tag (byte
    offsets for Tagger.tag_bytes), so text == source[start:end].
    byte_start, byte_end: UTF-8 byte offsets, as the C library and the CLI
    report them.  category: "casualty", "unit", "place" or "slang".
    attrs: the entry's attributes (a read-only dict, escapes removed).
    candidates: every id the span may denote, most likely first
    (candidates[0] == id).  ambiguous: the match lacked the evidence an
    ambiguous row needs (only reported with ambiguous=True).  headcount: a
    Count when the span is a casualty code whose text states how many
    people it counts, else None (the C library's count fields; not named
    count, which is tuple.count).
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
    attrs: Mapping[str, str]
    candidates: Tuple[str, ...]
    ambiguous: bool
    headcount: Optional[Count] = None


# tuple.__new__ skips the Python-level __new__ of a named tuple: a third of
# the cost of making a Span.
_new_span = cast(Callable[[Tuple[Any, ...]], Span], functools.partial(tuple.__new__, Span))
_new_count = cast(Callable[[Tuple[Any, ...]], Count], functools.partial(tuple.__new__, Count))


def _parse_attrs(raw: bytes) -> Tuple[Tuple[str, str], ...]:
    """b'k=v;k2=v\\;2' -> (('k', 'v'), ('k2', 'v;2')).

    Keys are [a-z0-9_] (docs/lexicon.md); values escape ';', '=' and '\\'
    with a backslash.
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


def _decode_lossy(b: bytes) -> str:
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
# Lone surrogates (encoded with surrogatepass) are one lead byte plus
# continuation bytes, so they count as one code point, as they are in the str.
_CONTINUATION = bytes(range(0x80, 0xC0))


def _as_bytes(data: Any, what: str) -> bytes:
    """data as bytes, for the calls that take bytes-like objects.  A str
    and an int are refused (bytes(5) would be five NUL bytes)."""
    if isinstance(data, bytes):
        return data
    if isinstance(data, str):
        raise TypeError("miltag: %s needs bytes, not str; use tag() for str" % what)
    try:
        view = memoryview(data)
    except TypeError:
        raise TypeError("miltag: %s needs a bytes-like object, not %s"
                        % (what, type(data).__name__)) from None
    with view:
        return view.tobytes()


# ---------------------------------------------------------- C objects


class _Lexicon:
    """Owns one miltag_lexicon and caches what is decoded from it."""

    def __init__(self, ptr: Optional[int]) -> None:
        self.ptr = ptr
        # entry index -> (id, label, category, attrs address, Attrs, (id,))
        self._entries: Dict[int, Tuple[str, str, str, Optional[int], Attrs,
                                       Tuple[str, ...]]] = {}
        self._strings: Dict[int, str] = {}
        self._candidates: Dict[bytes, Tuple[str, ...]] = {}

    def free(self) -> None:
        ptr, self.ptr = self.ptr, None
        if ptr and _lexicon_free is not None:
            _lexicon_free(ptr)

    def __del__(self) -> None:
        try:
            self.free()
        except Exception:  # interpreter shutdown: the module may be gone
            pass

    def string(self, addr: Optional[int]) -> str:
        # The lexicon is immutable and its strings live as long as it, so an
        # address identifies a string for the lexicon's lifetime.
        if not addr:
            return ""
        s = self._strings.get(addr)
        if s is None:
            s = ctypes.string_at(addr).decode("utf-8", "replace")
            self._strings[addr] = s
        return s

    def entry(self, index: int) -> Tuple[str, str, str, Optional[int], Attrs, Tuple[str, ...]]:
        e = self._entries.get(index)
        if e is None:
            ce = _CEntry()
            _check(_lexicon_entry(self.ptr, index, ctypes.byref(ce)))
            raw = ctypes.string_at(ce.attrs) if ce.attrs else b""
            cat = _category_name(ce.category)
            ident = self.string(ce.id)
            e = (ident, self.string(ce.label), cat.decode() if cat else str(ce.category),
                 ce.attrs, Attrs(_parse_attrs(raw)) if raw else _NO_ATTRS, (ident,))
            self._entries[index] = e
        return e

    def candidates(self, addr: int, n: int) -> Tuple[str, ...]:
        raw = ctypes.string_at(addr, 4 * n)
        c = self._candidates.get(raw)
        if c is None:
            idx = (ctypes.c_uint32 * n).from_buffer_copy(raw)
            c = tuple(self.entry(k)[0] for k in idx)
            self._candidates[raw] = c
        return c


class _Results:
    """One miltag_results object."""

    __slots__ = ("ptr", "__weakref__")

    def __init__(self, lex: _Lexicon) -> None:
        r = ctypes.c_void_p()
        _check(_results_new(lex.ptr, ctypes.byref(r)))
        self.ptr: Optional[int] = r.value

    def free(self) -> None:
        r, self.ptr = self.ptr, None
        if r:
            _results_free(r)

    def __del__(self) -> None:
        try:
            self.free()
        except Exception:
            pass


class _Scratch:
    """One thread's scanner and results buffer for a lexicon."""

    __slots__ = ("lex", "scanner", "results", "__weakref__")

    def __init__(self, lex: _Lexicon) -> None:
        self.lex = lex  # keeps the lexicon alive at least as long as this
        self.scanner: Optional[int] = None
        self.results: Optional[_Results] = None
        s = ctypes.c_void_p()
        _check(_scanner_new(lex.ptr, ctypes.byref(s)))
        self.scanner = s.value
        try:
            self.results = _Results(lex)
        except Error:
            self.free()
            raise

    def trim(self) -> None:
        """Give a results buffer grown by a huge scan back to the allocator."""
        if self.results is not None and _results_count(self.results.ptr) > _KEEP_RESULTS_TAGS:
            self.results.free()
            self.results = _Results(self.lex)

    def free(self) -> None:
        r, self.results = self.results, None
        s, self.scanner = self.scanner, None
        if r is not None:
            r.free()
        if s:
            _scanner_free(s)

    def __del__(self) -> None:
        try:
            self.free()
        except Exception:
            pass


def _source_paths(lexicon: LexiconSource) -> List[Any]:
    if isinstance(lexicon, (str, bytes, os.PathLike)):
        return [lexicon]
    paths = list(lexicon)
    if not paths:
        raise ValueError("miltag: lexicon is an empty list")
    return paths


def _open_image(path: bytes) -> _Lexicon:
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


def _is_image(path: bytes) -> bool:
    """Whether the file begins as a compiled image does (the library says:
    miltag_lexicon_is_image)."""
    try:
        with open(path, "rb") as f:
            head = f.read(16)
    except OSError:
        return False  # let the TSV reader report it with the library's message
    return bool(_lexicon_is_image(head, len(head)))


def _build(lexicon: Optional[LexiconSource], extend: bool, strict: bool) -> _Lexicon:
    """Compile the lexicon a Tagger asked for; returns a _Lexicon."""
    if lexicon is None:
        if extend:
            raise ValueError("miltag: extend=True needs a lexicon to add")
        out = ctypes.c_void_p()
        _check(_lexicon_default(None, ctypes.byref(out)))
        return _Lexicon(out.value)

    paths = [os.fsencode(p) for p in _source_paths(lexicon)]
    found = []

    def on_warning(w: Any, ctx: Any) -> int:
        found.append(w.contents.message.decode("utf-8", "replace"))
        return 0

    opts = _CCompileOptions()
    opts.size = ctypes.sizeof(_CCompileOptions)
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


def _spans(lex: _Lexicon, results: int, lo: int, hi: int, data: bytes,
           text: Optional[str]) -> Iterator[Span]:
    """The Spans of tags lo..hi-1 of a results object, all from one
    document: data are its bytes, text the str they were encoded from (None
    for bytes: offsets stay byte offsets).

    Reads the tags in slices of _CHUNK_TAGS with struct (no ctypes object
    per tag) and makes each Span from shared pieces: the entry's strings,
    its Attrs and its candidate tuple are decoded once per lexicon, so a
    Span costs its own tuple, offsets and text.  Code-point offsets are
    counted incrementally (tags come in order of increasing start): one pass
    over the document in all.
    """
    if lo >= hi:
        return
    base = _results_get(results, 0)
    size = _TAG_FORMAT.size
    entry = lex.entry
    string = lex.string
    ascii_text = text is not None and len(data) == len(text)
    prev_b = prev_cp = 0
    for c0 in range(lo, hi, _CHUNK_TAGS):
        c1 = min(hi, c0 + _CHUNK_TAGS)
        buf = ctypes.string_at(base + c0 * size, (c1 - c0) * size)
        for (bs, be, _cat, _id, _label, lang, _attrs_p, index, _row, flags, ncand,
             cand_p, count, cmin, cmax, cs, ce, num0, num1, _nv, name0,
             name1) in _TAG_FORMAT.iter_unpack(buf):
            e = entry(index)
            attrs = e[4]
            if num1 > num0 or name1 > name0:
                # a pattern's slots took a number or a name: the entry's
                # attributes and number=, name= (as the CLI shows them)
                extra = dict(attrs)
                if num1 > num0:
                    extra["number"] = data[num0:num1].decode("ascii")
                if name1 > name0:
                    extra["name"] = (_decode_lossy(data[name0:name1]) if text is None
                                     else data[name0:name1].decode("utf-8", "surrogatepass"))
                attrs = Attrs(extra)
            cands = e[5] if ncand <= 1 else lex.candidates(cand_p, ncand)
            if text is None:
                s, t, piece = bs, be, _decode_lossy(data[bs:be])
            elif ascii_text:
                s, t, piece = bs, be, text[bs:be]
            else:
                prev_cp += len(data[prev_b:bs].translate(None, _CONTINUATION))
                prev_b = bs
                piece = data[bs:be].decode("utf-8", "surrogatepass")
                s, t = prev_cp, prev_cp + len(piece)
            how_many = None
            if count != _NO_COUNT:
                # rare: a casualty code with a number; its offsets from the
                # tag's, over the few bytes between them
                if text is None:
                    ns, nt, ntext = cs, ce, _decode_lossy(data[cs:ce])
                elif ascii_text:
                    ns, nt, ntext = cs, ce, text[cs:ce]
                else:
                    ntext = data[cs:ce].decode("utf-8", "surrogatepass")
                    if cs < bs:
                        ns = s - len(data[cs:bs].translate(None, _CONTINUATION))
                    else:
                        ns = s + len(data[bs:cs].translate(None, _CONTINUATION))
                    nt = ns + len(ntext)
                how_many = _new_count((count, cmin, cmax, ns, nt, cs, ce, ntext))
            yield _new_span((s, t, bs, be, piece, e[2], e[0], e[1], string(lang), attrs,
                             cands, bool(flags & _TAG_AMBIGUOUS), how_many))


def _encode(text: Union[str, BytesLike], what: str) -> Tuple[bytes, Optional[str]]:
    """(bytes to scan, the str they came from or None)."""
    if isinstance(text, str):
        # surrogatepass: a lone surrogate becomes ill-formed UTF-8, which the
        # library accepts and never tags, instead of failing the whole call.
        return text.encode("utf-8", "surrogatepass"), text
    return _as_bytes(text, what), None


def _flags(overlaps: bool, ambiguous: bool) -> int:
    return (_SCAN_OVERLAPS if overlaps else 0) | (_SCAN_AMBIGUOUS if ambiguous else 0)


# Documents go to C in batches of at most this many documents or bytes (a
# longer document is a batch of its own): one call, with the GIL released,
# per batch.
_BATCH_DOCS = 1024
_BATCH_BYTES = 1 << 20


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

    def __init__(self, lexicon: Optional[LexiconSource] = None, *, extend: bool = False,
                 strict: bool = False) -> None:
        self._lock = threading.Lock()
        self._active = 0
        self._closed = True
        self._scratches: "weakref.WeakSet[_Scratch]" = weakref.WeakSet()
        self._local = threading.local()
        self._lex = _build(lexicon, extend, strict)
        self._closed = False

    # -- lifetime

    def close(self) -> None:
        """Free the C objects now.  Idempotent; tagging afterwards raises
        ValueError.  Raises Error (status MILTAG_E_BUSY) while another
        thread is inside a call or an iter_tags() iterator is open."""
        with self._lock:
            if self._closed:
                return
            if self._active:
                raise Error("miltag: Tagger.close() while another thread is tagging "
                            "or an iterator is open", _MILTAG_E_BUSY)
            self._closed = True
            scratches = list(self._scratches)
        for s in scratches:
            s.free()
        self._lex.free()

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:
            pass

    def __enter__(self) -> "Tagger":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        return self._closed

    def __reduce__(self) -> NoReturn:
        # The default error would be about a lock; say what to do instead.
        raise TypeError("miltag.Tagger holds C objects and cannot be pickled: build one "
                        "Tagger per process (see examples/dask_tag.py)")

    # -- internals

    def _enter(self) -> None:
        with self._lock:
            if self._closed:
                raise ValueError("miltag: the Tagger is closed")
            self._active += 1

    def _leave(self) -> None:
        with self._lock:
            self._active -= 1

    def _scratch(self) -> _Scratch:
        s = getattr(self._local, "scratch", None)
        if s is None:
            s = _Scratch(self._lex)
            self._local.scratch = s
            with self._lock:
                self._scratches.add(s)
        return s

    def _tag_one(self, data: bytes, text: Optional[str], flags: int) -> List[Span]:
        self._enter()
        try:
            s = self._scratch()
            assert s.results is not None and s.results.ptr
            r = s.results.ptr
            rc = _scan_results(s.scanner, data, len(data), flags, r)
            if rc < 0:
                raise _error_from(rc)
            if rc == _MILTAG_INCOMPLETE:
                _warn_incomplete("the text")
            spans = list(_spans(self._lex, r, 0, _results_count(r), data, text))
            s.trim()
            return spans
        finally:
            self._leave()

    def _tag_batch(self, first: int, docs: List[Tuple[bytes, Optional[str]]],
                   flags: int) -> List[List[Span]]:
        """One C call for all of docs (miltag_scan_batch), then the Spans;
        first is the number of the first document, for warnings."""
        n = len(docs)
        texts = (ctypes.c_char_p * n)(*[d[0] for d in docs])
        lens = (ctypes.c_size_t * n)(*[len(d[0]) for d in docs])
        ends = (ctypes.c_size_t * n)()
        statuses = (ctypes.c_int * n)()
        self._enter()
        try:
            s = self._scratch()
            assert s.results is not None and s.results.ptr
            r = s.results.ptr
            rc = _scan_batch(s.scanner, n, texts, lens, flags, r, ends, statuses)
            if rc < 0:
                raise _error_from(rc)
            if rc == _MILTAG_INCOMPLETE:
                for i, st in enumerate(statuses):
                    if st == _MILTAG_INCOMPLETE:
                        _warn_incomplete("document %d (from 0)" % (first + i))
            out = []
            lo = 0
            for (data, text), hi in zip(docs, ends):
                out.append(list(_spans(self._lex, r, lo, hi, data, text)))
                lo = hi
            s.trim()
            return out
        finally:
            self._leave()

    # -- tagging

    def tag(self, text: str, *, overlaps: bool = False, ambiguous: bool = False) -> List[Span]:
        """Tag a str; returns a list of Span in order of increasing start.

        start and end are code-point offsets into text; byte_start and
        byte_end are offsets into text.encode("utf-8").  overlaps=True
        reports overlapping matches too; ambiguous=True also reports
        ambiguous matches that lack evidence (Span.ambiguous is then True).
        For a huge text whose Spans need not all be kept, iter_tags() uses
        far less memory.
        """
        if not isinstance(text, str):
            raise TypeError("miltag: tag() needs a str; use tag_bytes() for bytes")
        data, _ = _encode(text, "tag()")
        return self._tag_one(data, text, _flags(overlaps, ambiguous))

    def tag_bytes(self, data: BytesLike, *, overlaps: bool = False,
                  ambiguous: bool = False) -> List[Span]:
        """Tag UTF-8 bytes (invalid sequences allowed; they are never tagged).

        data is any bytes-like object (bytes, bytearray, memoryview, mmap);
        anything else, a str or an int included, raises TypeError.  Like
        tag(), but start == byte_start and end == byte_end are byte offsets,
        and Span.text has one U+FFFD per invalid byte.
        """
        raw = _as_bytes(data, "tag_bytes()")
        return self._tag_one(raw, None, _flags(overlaps, ambiguous))

    def iter_tags(self, text: Union[str, BytesLike], *, overlaps: bool = False,
                  ambiguous: bool = False) -> Iterator[Span]:
        """Tag one text and yield its Spans one by one, for texts too big for
        a list of all their Spans.

        A str gives code-point offsets as tag() does; bytes-like data byte
        offsets as tag_bytes() does.  The text is scanned when iteration
        starts; the tags wait in C (about 100 bytes each) and become Spans
        only as they are yielded, so memory holds the Spans you keep, not
        all of them.  The Tagger cannot be closed while the iterator is
        open: exhaust it, or call its close().
        """
        data, src = _encode(text, "iter_tags()")
        flags = _flags(overlaps, ambiguous)
        return self._iter_tags(data, src, flags)

    def _iter_tags(self, data: bytes, src: Optional[str], flags: int) -> Iterator[Span]:
        self._enter()
        try:
            results = _Results(self._lex)
            try:
                # The thread's scanner is busy only for the scan itself; the
                # tags go to a results object of this iterator's own, so
                # other calls in this thread may come between two Spans.
                s = self._scratch()
                r = results.ptr
                assert r
                rc = _scan_results(s.scanner, data, len(data), flags, r)
                if rc < 0:
                    raise _error_from(rc)
                if rc == _MILTAG_INCOMPLETE:
                    _warn_incomplete("the text")
                yield from _spans(self._lex, r, 0, _results_count(r), data, src)
            finally:
                results.free()
        finally:
            self._leave()

    def tag_many(self, texts: Iterable[Union[str, BytesLike]], *,
                 threads: Optional[int] = None, overlaps: bool = False,
                 ambiguous: bool = False) -> List[List[Span]]:
        """Tag many documents; returns one list of Spans per document, in
        order.  Each document may be a str (code-point offsets, as tag()) or
        bytes-like (byte offsets, as tag_bytes()).

        The documents go to C in batches of up to 1024 documents or 1 MiB,
        one call per batch (miltag_scan_batch) with the GIL released, so
        other Python threads run meanwhile.  threads: how many threads tag
        batches at once (default: one per CPU; 1 tags in the calling
        thread).  A thread scans while another turns its tags into Spans.
        """
        return list(self.iter_many(texts, threads=threads, overlaps=overlaps,
                                   ambiguous=ambiguous))

    def iter_many(self, texts: Iterable[Union[str, BytesLike]], *,
                  threads: Optional[int] = None, overlaps: bool = False,
                  ambiguous: bool = False) -> Iterator[List[Span]]:
        """tag_many() as an iterator: yields each document's list of Spans in
        order, reading texts lazily (a few batches per thread ahead), so a
        file of any size can be tagged line by line::

            with open("posts.txt", encoding="utf-8") as f:
                for n, spans in enumerate(t.iter_many(f), 1):
                    ...
        """
        flags = _flags(overlaps, ambiguous)
        if threads is None:
            threads = os.cpu_count() or 1
        if threads < 1:
            raise ValueError("miltag: threads must be at least 1")
        batches = self._batches(texts)
        first = list(itertools.islice(batches, 2))
        if threads == 1 or len(first) < 2:  # no thread pool for one batch
            for start, batch in itertools.chain(first, batches):
                yield from self._tag_batch(start, batch, flags)
            return
        batches = itertools.chain(first, batches)
        pool = concurrent.futures.ThreadPoolExecutor(max_workers=threads,
                                                     thread_name_prefix="miltag")
        pending: Deque["concurrent.futures.Future[List[List[Span]]]"] = collections.deque()
        try:
            for start, batch in itertools.islice(batches, 2 * threads):
                pending.append(pool.submit(self._tag_batch, start, batch, flags))
            while pending:
                done = pending.popleft().result()
                nxt = next(batches, None)
                if nxt is not None:
                    pending.append(pool.submit(self._tag_batch, nxt[0], nxt[1], flags))
                yield from done
        finally:
            for f in pending:
                f.cancel()
            pool.shutdown(wait=True)

    @staticmethod
    def _batches(texts: Iterable[Union[str, BytesLike]]
                 ) -> Iterator[Tuple[int, List[Tuple[bytes, Optional[str]]]]]:
        """(number of the first document, documents) per batch."""
        if isinstance(texts, (str, bytes)):
            raise TypeError("miltag: tag_many() takes an iterable of documents, "
                            "not one %s" % type(texts).__name__)
        batch: List[Tuple[bytes, Optional[str]]] = []
        size = start = 0
        for t in texts:
            doc = _encode(t, "tag_many()")
            if batch and (len(batch) >= _BATCH_DOCS or size + len(doc[0]) > _BATCH_BYTES):
                yield start, batch
                start += len(batch)
                batch, size = [], 0
            batch.append(doc)
            size += len(doc[0])
        if batch:
            yield start, batch


# ------------------------------------------------------ CLI-format output


def _json_escape_table() -> Dict[int, str]:
    t = {c: "\\u%04x" % c for c in range(0x20)}
    t.update({ord("\n"): "\\n", ord("\t"): "\\t", ord("\r"): "\\r", ord('"'): '\\"',
              ord("\\"): "\\\\", 0x7F: "\\u007f", 0x2028: "\\u2028", 0x2029: "\\u2029"})
    # A lone surrogate is three ill-formed bytes to the CLI: three U+FFFD.
    t.update({c: "\\ufffd" * 3 for c in range(0xD800, 0xE000)})
    return t


_JSON_ESCAPES = _json_escape_table()


def _json_str(s: str) -> str:
    return '"' + s.translate(_JSON_ESCAPES) + '"'


def _json_bytes(b: bytes) -> str:
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


def _json_attr(key: str, value: str) -> str:
    """An attribute value as the CLI writes it: coordinates and population
    (lat, lon, pop) as JSON numbers, everything else as strings."""
    if key in ("lat", "lon", "pop") and _JSON_NUMBER.match(value):
        return value
    return _json_str(value)


def format_jsonl(line: int, spans: Iterable[Span],
                 source: Optional[BytesLike] = None) -> str:
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
             ",".join("%s:%s" % (_json_str(k), _json_attr(k, v)) for k, v in s.attrs.items())]
        if s.headcount is not None:
            # as the CLI adds it to attrs (docs/counts.md)
            c = s.headcount
            o.append("%s\"count\":%d" % ("," if s.attrs else "", c.value))
            if c.min != c.max:
                o.append(',"count_min":%d,"count_max":%d' % (c.min, c.max))
        o.append("}")
        if len(s.candidates) > 1:
            o.append(',"candidates":[%s]' % ",".join(_json_str(c) for c in s.candidates))
        if s.ambiguous:
            o.append(',"ambiguous":true')
        o.append("}")
        parts.append("".join(o))
    return '{"line":%d,"tags":[%s]}' % (line, ",".join(parts))
