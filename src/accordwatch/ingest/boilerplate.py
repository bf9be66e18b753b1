"""Line kinds: which lines of a stored text are news (body), headings, datelines or page furniture.

The text itself is never changed: this only marks spans, so extraction can skip furniture while
offsets still point into what was ingested.
"""

from __future__ import annotations

import re

from accordwatch.model import LineKind

# Page furniture seen on news sites: navigation, sharing, comments, subscription, tags, credits.
FURNITURE = re.compile(
    r"""^(
        (share|tweet|email|print|save)\b.{0,40}$
      | .{0,30}\b(share\s+(this|on|via)|get\s+short\s+url|short\s+url|listen\s+live|read\s+more|see\s+also)\b.*
      | (follow|like)\s+us\b.*
      | comments?\b.{0,40}
      | .*\bcomment\s+via\b.*
      | (leave|post|add|write)\s+a\s+(comment|reply)\b.*
      | related(\s+(stories|articles|news|posts|content))?\s*:?.*
      | (more|latest)\s+(stories|news|from)\b.*
      | (tags?|topics?|keywords?)\s*:.*
      | (subscribe|sign\s+up|newsletter|download\s+(the\s+)?(app|pdf))\b.*
      | .*\b(all\s+rights\s+reserved|copyright|\(c\)|©).*
      | (we|this\s+(site|website))\s+uses?\s+cookies\b.*
      | .*your\s+email\s+address\s+will\s+not\s+be\s+published.*
      | .*required\s+fields\s+are\s+marked.*
      | (community\s+standards|discussion|advertisement|sponsored|skip\s+to\s+(main\s+)?content)\b.*
      | (home|news|world|politics|sports?|business|opinion|video|photos?|menu|search|login|log\s+in)
        (\s*[|/>»·•-]\s*\w+){0,8}\s*$
      | \(?(reporting|writing|editing|additional\s+reporting)\s+by\b.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
TIMESTAMP = re.compile(
    r"^\s*(\d{1,2}[:.]\d{2}\s*(GMT|UTC|[AP]M)?\s*,?\s*)?"
    r"(\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})"
    r"(\s*[,|-]?\s*\d{1,2}[:.]\d{2}\s*(GMT|UTC|[AP]M)?)?\s*$"
)
# "KABUL, Afghanistan (Jan. 25, 2013)" or "KABUL, April 12 (AFP) -" on a line of its own
DATELINE_LINE = re.compile(r"^[A-Z][A-Z .'-]{2,40},[^\n]{0,60}\(([^)]*\d[^)]*|[A-Z]{2,10})\)\s*[-–—:]?\s*$")
SENTENCE_END = re.compile(r"""[.!?]["'”’)\]]*\s*$|[.!?]["'”’]?\s*\(?[A-Z]{2,}\)?\s*$""")
TAG_LIST = re.compile(r"^[\w'’ .&-]{2,40}(,\s*[\w'’ .&-]{2,40}){3,}$")


# every character str.splitlines() breaks on
LINE_BREAK = re.compile(r"[\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85]")
# words a sentence does not end on: a line ending with one runs on
RUN_ON_WORDS = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with", "by", "from",
                "as", "that", "which", "who", "whom", "whose", "while", "his", "her", "their", "its", "our", "into",
                "near", "than", "was", "were", "is", "are", "be", "been", "has", "have", "had", "not", "no",
                "during", "after", "before", "against", "between", "about", "over", "under", "this", "these"}


def runs_on(previous: str, following: str) -> bool:
    """Whether FOLLOWING continues the sentence PREVIOUS breaks off: text hard-wrapped at a fixed
    width (mail, PDF and wire copy) breaks lines inside sentences ("...killed a" / "suspected
    insurgent..."). A line that ends a sentence, or a next line starting with a capital after a
    content word (a headline, then its story), is not a run-on."""
    previous, following = previous.rstrip(), following.lstrip()
    if not previous or not following or SENTENCE_END.search(previous):
        return False
    return following[0].islower() or previous.split()[-1].lower() in RUN_ON_WORDS


def wrapped_at(text: str, position: int, *, width_rule: bool = True) -> bool:
    """Whether the line break at POSITION in TEXT only wraps a sentence (one break, no blank line): the
    next line runs on (runs_on), or (WIDTH_RULE) its first word would not have fitted on the line and the
    next line runs on into the one after it, as the lines of one wrapped paragraph do."""
    after = position + 1
    while after < len(text) and text[after].isspace():
        if LINE_BREAK.match(text, after):
            return False  # a blank line: a new paragraph
        after += 1
    before = max((m.end() for m in LINE_BREAK.finditer(text, max(0, position - 400), position)), default=0)
    line_end = LINE_BREAK.search(text, after)
    previous, following = text[before:position], text[after:line_end.start() if line_end else len(text)]
    if runs_on(previous, following):
        return True
    if not width_rule or line_end is None or not _broken_for_width(previous, following):
        return False
    return wrapped_at(text, line_end.start(), width_rule=False)  # the next line runs on too: one paragraph


WIDTH_RULE_WORDS = 6  # the fewest words of a line a break is judged by its width after


def _broken_for_width(previous: str, following: str) -> bool:
    """Whether the break between PREVIOUS and FOLLOWING (a capital after a content word: a headline and its
    story, or a sentence wrapped before a name) was made by the width: the next word would not have fitted
    on the line ("...had driven / Houthi rebels out of the"), where a headline's would ("Police detain 40
    in Kelso / Police detained..." : a line of its own)."""
    previous, following = previous.rstrip(), following.strip()
    if len(previous.split()) < WIDTH_RULE_WORDS or not following or SENTENCE_END.search(previous):
        return False
    return len(previous) + 1 + len(following.split()[0]) > max(len(previous), len(following))


def unwrapped(text: str) -> str:
    """TEXT with each line break that only wraps a sentence (wrapped_at) made a space: the same length,
    so every offset into it is one into TEXT. What the model parses: a break inside a sentence is a
    token of its own that the tagger and parser read as a boundary ("have / downed tools")."""
    chars: list[str] | None = None
    for found in LINE_BREAK.finditer(text):
        if wrapped_at(text, found.start()):
            chars = chars if chars is not None else list(text)
            chars[found.start()] = " "
    return text if chars is None else "".join(chars)


# spaces of other widths (no-break, thin, figure, ideographic...) and tabs inside a line: one character
# each, the model's tokenizer makes each a token of its own ("40\u00a0people" as "40", " ", "people")
_OTHER_SPACES = str.maketrans({c: " " for c in "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                               "\u2007\u2008\u2009\u200a\u202f\u205f\u3000"})


def model_text(text: str) -> str:
    """The text the model parses for TEXT: its wrapping breaks (unwrapped) and its spaces of other kinds
    plain spaces, at the same offsets."""
    return unwrapped(text).translate(_OTHER_SPACES)


SHORT_REPORT_WORDS = 4  # the fewest words of a line a text with no paragraph is told in
FURNITURE_MAX_WORDS = 15  # furniture is short: a long line that starts like it ("Download PDF KABUL...") is news


def _is_furniture(line: str) -> bool:
    return len(line.split()) <= FURNITURE_MAX_WORDS and bool(FURNITURE.match(line))


def _is_body(line: str) -> bool:
    words = line.split()
    return (bool(SENTENCE_END.search(line)) and len(words) >= 6) or len(words) >= 30


def _same_title(line: str, title: str | None) -> bool:
    if not title:
        return False
    def key(s: str) -> str:
        return re.sub(r"\W+", " ", s).strip().lower()
    return key(line) == key(title)


def _first_break(text: str, start: int, end: int) -> int:
    found = LINE_BREAK.search(text, start, end)
    return found.start() if found else start


def classify_lines(text: str, title: str | None = None) -> list[tuple[int, int, LineKind]]:
    """Each non-blank line of TEXT as (start, end, kind); offsets exclude surrounding white space."""
    rows: list[tuple[int, int, str]] = []
    offset = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            start = offset + (len(raw) - len(raw.lstrip()))
            rows.append((start, start + len(stripped), stripped))
        offset += len(raw)

    # a sentence hard-wrapped over several lines is one paragraph: classified whole
    blocks: list[list[int]] = []
    for i, (start, _, _) in enumerate(rows):
        if blocks and wrapped_at(text, _first_break(text, rows[i - 1][1], start)):
            blocks[-1].append(i)
        else:
            blocks.append([i])
    paragraph = {i: " ".join(rows[j][2] for j in block) for block in blocks for i in block}
    rows = [(start, end, paragraph[i]) for i, (start, end, _) in enumerate(rows)]
    body_rows = [i for i, (_, _, line) in enumerate(rows) if _is_body(line) and not _is_furniture(line)]
    if not body_rows:
        # no line reads as a paragraph: the text is a short report of its own (a snippet, an alert, a
        # headline sent alone), and its lines of words are its news
        body_rows = [i for i, (_, _, line) in enumerate(rows) if len(line.split()) >= SHORT_REPORT_WORDS
                     and not _is_furniture(line) and not TIMESTAMP.match(line) and not DATELINE_LINE.match(line)]
    first_body = body_rows[0] if body_rows else len(rows)
    last_body = body_rows[-1] if body_rows else -1
    kinds: list[tuple[int, int, LineKind]] = []
    for i, (start, end, line) in enumerate(rows):
        kind: LineKind
        if _is_furniture(line) or TIMESTAMP.match(line) or (TAG_LIST.match(line) and i > last_body):
            kind = "boilerplate"
        elif DATELINE_LINE.match(line):
            kind = "dateline"
        elif i in body_rows:
            kind = "body"
        elif i < first_body:
            # Before the article: its headline is a heading, anything else is page furniture.
            looks_like_headline = len(line.split()) >= 4 and not any(k == "heading" for *_, k in kinds)
            kind = "heading" if _same_title(line, title) or looks_like_headline else "boilerplate"
        elif i > last_body:
            kind = "boilerplate"  # after the article: related headlines, tags, comment prompts
        else:
            kind = "heading"  # a sub-heading between paragraphs: not news, not furniture
        kinds.append((start, end, kind))
    return kinds
