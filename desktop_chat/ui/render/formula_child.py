"""The formula typesetter's child process: LaTeX in, SVG and its metrics out, on one pipe.

Why a process, not a thread: ziamath is pure Python, and a thread typesetting 200 formulas holds
the GIL for seconds — every Python callback of the window's thread (layout, paint, timers) then
waits its turn, and the window stalls for hundreds of milliseconds (measured: 234 ms worst stall,
2.8 s to show a 200-formula answer). A child process has a GIL of its own and the machine's second
core, and a formula that runs past its time limit is stopped by killing the child (the parent
starts a new one). The child imports only ziamath (no Qt), lowers its priority and caps its memory;
requests and answers are JSON, never pickles.

Where ziamath's time goes (cProfile, the benchmark's 228 formulas): ~85 % is layout — every `<mrow>`
lays its children out twice (once without stretchy operators, to learn how far to stretch them),
so each level of row nesting doubles the work below it; dataclass copies of styles are ~20 % of
that; the SVG string ~12 %; latex2mathml's parsing ~4 %; glyph lookups ~4 %. So the LaTeX is turned
into MathML here (ziamath's own `tex2mml`, as `Latex` does) and the one `<mrow>` latex2mathml wraps
every formula in is lifted into `<math>` (which ziamath lays out as a row anyway) before
`ziamath.Math` sees it: one level less to lay out twice, the same SVG to the byte, ~25 % less time.
An unknown command is found in that MathML before any layout is done.
"""

from __future__ import annotations

import json
import os
import re
import sys
import warnings
import xml.etree.ElementTree as ET
from multiprocessing.connection import Connection
from typing import Any

MEMORY_MB = 1024
_UNKNOWN_COMMAND = re.compile(r">\\[A-Za-z]+<")


def _limit_resources() -> None:
    try:
        os.nice(5)
    except (AttributeError, OSError):
        pass
    try:
        import resource

        cap = MEMORY_MB * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    except (ImportError, ValueError, OSError):
        pass


def _mathml(latex: str, display: bool, colour: str) -> ET.Element:
    """latex2mathml's MathML of `latex` (through ziamath's fix-ups), its outer row lifted into <math>."""
    from ziamath.tex import tex2mml

    root = ET.fromstring(tex2mml(latex, inline=not display))
    if len(root) == 1 and root[0].tag.rpartition("}")[2] == "mrow" and not root[0].attrib:
        row = root[0]
        root.remove(row)
        root.extend(list(row))
    root.attrib["mathcolor"] = colour
    return root


def typeset(latex: str, display: bool, size: float, colour: str) -> dict[str, Any]:
    """{"svg", "ascent", "depth", "width"} in px, or {"error": why}."""
    with warnings.catch_warnings():  # ziamath 0.13 finds its font with a deprecated call
        warnings.simplefilter("ignore", DeprecationWarning)
        import ziamath
    ziamath.config.svg2 = False  # plain paths: QtSvg (SVG Tiny) does not draw <symbol>s
    try:
        mathml = _mathml(latex, display, colour)
        text = ET.tostring(mathml, encoding="unicode")
        if _UNKNOWN_COMMAND.search(text):  # latex2mathml keeps \foo as text
            return {"error": "unknown command"}
        maths = ziamath.Math(mathml, size=size)
        svg = maths.svg()
        bbox = maths.node.bbox
        margin = float(maths.margin)
    except Exception as exc:  # bad LaTeX or a ziamath bug: the source is shown instead
        return {"error": type(exc).__name__}
    return {"svg": svg, "ascent": bbox.ymax + margin, "depth": -bbox.ymin + margin,
            "width": bbox.xmax - bbox.xmin + 2 * margin}


def child_main(conn: Connection) -> None:
    """Serve requests until the pipe closes."""
    _limit_resources()
    typeset("x", False, 12.0, "black")  # import ziamath and load its font before saying ready
    conn.send_bytes(b'{"ready": true}')
    while True:
        try:
            request = json.loads(conn.recv_bytes())
        except (EOFError, OSError):
            break
        try:
            answer = typeset(str(request["latex"]), bool(request["display"]), float(request["size"]),
                             str(request["colour"]))
        except MemoryError:
            answer = {"error": "MemoryError"}
        conn.send_bytes(json.dumps(answer).encode("utf-8"))
    sys.exit(0)
