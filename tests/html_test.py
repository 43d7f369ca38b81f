#!/usr/bin/env python3
"""The html format in a real browser: Debian's chromium, headless.

usage: html_test.py BUILD_DIR SOURCE_DIR

miltag --format html writes a page for a sample text.  Chromium renders
it twice in a fresh profile, offline:
  1. a screenshot of the page as written, which must not be blank and must
     show each category's highlight colour inside the tags' boxes and
     (almost) nowhere else;
  2. the DOM of a copy with a probe script appended (--dump-dom), which
     reports each highlight's boxes, colour, text and character offsets in
     its document, and the legend's boxes.
The highlights must be exactly the tags of the jsonl output (same text,
same category, same code-point offsets), in the category's colour, with
the id, label and coordinates in the hover text.  Standard library only:
the PNG is decoded here.
"""
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import unittest
import zlib

BUILD, SOURCE = sys.argv[1], sys.argv[2]
MILTAG = os.path.abspath(os.path.join(BUILD, "miltag"))
SAMPLE = os.path.join(SOURCE, "examples", "intercepts.txt")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
WIDTH = 1000

# A sample with every category, Cyrillic, a tag that wraps across lines of
# the page, and characters that need escaping.
EXTRA = ("<b>Not bold</b> & \"quoted\": near Kharkiv.\n"
         # at one of these paddings the brigade breaks across two lines of
         # the page, whatever the font
         + "".join("Long line " + "padding " * pad + "near the 155th Naval Infantry Brigade "
                   + "padding " * 20 + "\n" for pad in range(84, 124, 3))
         + "Без тегов в этой строке.\n")

PROBE = r"""
<script>
(function () {
  function rects(el) {
    return Array.from(el.getClientRects()).map(function (r) {
      return [r.left, r.top, r.width, r.height];
    });
  }
  /* code-point offset of node:offset inside root's text */
  function offset(root, node, off) {
    var r = document.createRange();
    r.setStart(root, 0);
    r.setEnd(node, off);
    return Array.from(r.toString()).length;
  }
  var docs = Array.from(document.querySelectorAll('.doc .text')).map(function (t) {
    return {
      text: t.textContent,
      marks: Array.from(t.querySelectorAll('mark')).map(function (m) {
        return {
          category: m.className,
          text: m.textContent,
          tip: m.getAttribute('data-tip'),
          start: offset(t, m, 0),
          end: offset(t, m, m.childNodes.length),
          rects: rects(m),
          color: getComputedStyle(m).backgroundColor
        };
      })
    };
  });
  var keys = Array.from(document.querySelectorAll('.key')).map(function (k) {
    return {category: k.className.split(' ')[1], rects: rects(k),
            color: getComputedStyle(k).backgroundColor};
  });
  var out = document.createElement('pre');
  out.id = 'miltag-probe';
  out.style.display = 'none';
  out.textContent = JSON.stringify({docs: docs, keys: keys,
                                    height: document.documentElement.scrollHeight,
                                    body: getComputedStyle(document.body).backgroundColor});
  document.body.appendChild(out);
})();
</script>
"""


def chromium(args, profile, timeout=180):
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
           "--no-first-run", "--disable-background-networking", "--disable-component-update",
           "--disable-sync", "--user-data-dir=" + profile, "--hide-scrollbars",
           "--force-device-scale-factor=1", "--mute-audio"] + args
    return subprocess.run(cmd, capture_output=True, timeout=timeout)


def read_png(path):
    """(width, height, rows of (r, g, b) tuples) of an 8-bit RGB/RGBA PNG."""
    with open(path, "rb") as f:
        data = f.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, b""
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            w, h, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and ctype in (2, 6) and interlace == 0, (depth, ctype, interlace)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    bpp = 3 if ctype == 2 else 4
    raw = zlib.decompress(idat)
    stride = w * bpp
    rows, prev = [], bytearray(stride)
    for y in range(h):
        ft = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if ft == 1:
                line[i] = (line[i] + a) & 255
            elif ft == 2:
                line[i] = (line[i] + b) & 255
            elif ft == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif ft == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append([tuple(line[x * bpp:x * bpp + 3]) for x in range(w)])
        prev = line
    return w, h, rows


def rgb(css):
    return tuple(int(v) for v in re.findall(r"\d+", css)[:3])


@unittest.skipUnless(os.access(MILTAG, os.X_OK), "miltag not built")
class HtmlInBrowser(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not CHROMIUM:
            raise AssertionError("chromium is not installed: run sh scripts/setup.sh test")
        cls.dir = tempfile.mkdtemp(prefix="miltag-html-")
        with open(SAMPLE, encoding="utf-8") as f:
            cls.text = f.read() + EXTRA
        data = cls.text.encode()
        p = subprocess.run([MILTAG, "--format", "html"], input=data, capture_output=True, timeout=300)
        assert p.returncode == 0, p.stderr
        cls.page = p.stdout.decode("utf-8")
        p = subprocess.run([MILTAG, "--format", "jsonl", "--offsets", "chars"], input=data,
                           capture_output=True, timeout=300)
        assert p.returncode == 0, p.stderr
        cls.tags = [json.loads(l)["tags"] for l in p.stdout.decode().splitlines()]
        page = os.path.join(cls.dir, "page.html")
        with open(page, "w", encoding="utf-8") as f:
            f.write(cls.page)
        probe = os.path.join(cls.dir, "probe.html")
        with open(probe, "w", encoding="utf-8") as f:
            f.write(cls.page.replace("</body>", PROBE + "</body>"))
        # the DOM, with the probe's report
        p = chromium(["--window-size=%d,1200" % WIDTH, "--dump-dom", "file://" + probe],
                     os.path.join(cls.dir, "profile1"))
        m = re.search(r'<pre id="miltag-probe"[^>]*>(.*?)</pre>', p.stdout.decode("utf-8"), re.S)
        assert m, "no probe report in the DOM: %s" % p.stderr.decode()[-2000:]
        import html
        cls.probe = json.loads(html.unescape(m.group(1)))
        # the screenshot of the page as written, tall enough for all of it
        cls.height = min(int(cls.probe["height"]) + 10, 6000)
        shot = os.path.join(cls.dir, "shot.png")
        p = chromium(["--window-size=%d,%d" % (WIDTH, cls.height), "--screenshot=" + shot,
                      "file://" + page], os.path.join(cls.dir, "profile2"))
        assert os.path.exists(shot), "no screenshot: %s" % p.stderr.decode()[-2000:]
        cls.w, cls.h, cls.px = read_png(shot)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.dir, ignore_errors=True)

    def test_highlights_are_the_tags(self):
        docs = self.probe["docs"]
        lines = self.text.split("\n")[:-1]
        self.assertEqual(len(docs), len(lines))
        self.assertEqual(len(self.tags), len(lines))
        for d, line, tags in zip(docs, lines, self.tags):
            self.assertEqual(d["text"], line)  # the text is all there, unchanged
            got = [(m["category"], m["text"], m["start"], m["end"]) for m in d["marks"]]
            want = [(t["category"], t["text"], t["start"], t["end"]) for t in tags]
            self.assertEqual(got, want)
            for m, t in zip(d["marks"], tags):
                self.assertTrue(m["tip"].startswith(t["id"] + "\n" + (t["label"] + ", " if t["label"] else "")))
                if "lat" in t["attrs"]:
                    self.assertIn("lat %s, lon %s" % (t["attrs"]["lat"], t["attrs"]["lon"]), m["tip"])
        self.assertGreater(sum(len(d["marks"]) for d in docs), 25)
        # the long tag breaks across two lines of the page: a box on each
        wrapped = {m["text"] for d in docs for m in d["marks"] if len(m["rects"]) > 1}
        self.assertEqual(wrapped, {"155th Naval Infantry Brigade"})

    def colours(self):
        """Highlight colour per category, from the page's own style."""
        cols = {}
        for d in self.probe["docs"]:
            for m in d["marks"]:
                cols.setdefault(m["category"], rgb(m["color"]))
        self.assertEqual(set(cols), {"casualty", "unit", "place", "slang"})
        self.assertEqual(len(set(cols.values())), 4)  # four different colours
        for k in self.probe["keys"]:  # the legend shows the same colours
            self.assertEqual(rgb(k["color"]), cols[k["category"]])
        return cols

    def boxes(self, rects, shrink=2):
        for left, top, width, height in rects:
            x0, y0 = int(left) + shrink, int(top) + shrink
            x1, y1 = int(left + width) - shrink, int(top + height) - shrink
            if x1 > x0 and y1 > y0 and y1 <= self.h and x1 <= self.w:
                yield x0, y0, x1, y1

    def test_screenshot_is_not_blank(self):
        self.assertEqual(self.w, WIDTH)
        flat = [p for row in self.px for p in row]
        background = rgb(self.probe["body"])
        ink = sum(1 for p in flat if p != background)
        self.assertGreater(ink / len(flat), 0.03)
        self.assertGreater(len(set(flat)), 50)

    def test_highlight_colours_are_where_the_tags_are(self):
        cols = self.colours()
        inside = set()
        checked = 0
        for d in self.probe["docs"]:
            for m in d["marks"]:
                want = cols[m["category"]]
                for x0, y0, x1, y1 in self.boxes(m["rects"]):
                    box = [self.px[y][x] for y in range(y0, y1) for x in range(x0, x1)]
                    share = sum(1 for p in box if p == want) / len(box)
                    # the background shows between and around the glyphs
                    self.assertGreater(share, 0.35, (m["text"], m["category"], share))
                    checked += 1
                for x0, y0, x1, y1 in self.boxes(m["rects"], shrink=-2):
                    inside.update((x, y) for y in range(max(y0, 0), y1) for x in range(max(x0, 0), x1))
        self.assertGreater(checked, 25)
        for k in self.probe["keys"]:
            for x0, y0, x1, y1 in self.boxes(k["rects"], shrink=-2):
                inside.update((x, y) for y in range(max(y0, 0), y1) for x in range(max(x0, 0), x1))
        # and nowhere else: no highlight colour outside the tags and the legend
        stray = sum(1 for y in range(self.h) for x in range(self.w)
                    if self.px[y][x] in cols.values() and (x, y) not in inside)
        self.assertLess(stray, 50, "highlight colour outside the tags")

    def test_self_contained(self):
        low = self.page.lower()
        for banned in ("http://", "https://", "<script", "<link", "@import", "url(", "@font-face"):
            self.assertNotIn(banned, low)


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0], "-v"])
