"""Raw text in → normalised text out: control characters, width folding, whitespace, pinyin glosses.

NFKC is deliberately not used: it turns the Chinese punctuation ，：（） into ASCII and
① into 1. Only full-width letters and digits and the ideographic space are folded.
"""

from __future__ import annotations

import re

FULLWIDTH_FOLD = {code: code - 0xFEE0 for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))}
FULLWIDTH_FOLD[0x3000] = 0x20
# Full-width letters and digits: rare, so a page is searched for one before it is translated
# (str.translate looks up every character of a page in a dict; the search runs in C).
FULLWIDTH_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
INLINE_SPACES = " \t\u00a0\u2002\u2003\u2009\u202f\u3000"
INLINE_SPACE = re.compile(f"[{INLINE_SPACES}]+")
# What squeezing INLINE_SPACE runs to one space changes: a run of two or more, or one space that is not " "
# (a look-behind reads which). A lone " ", most of a page's matches, is left where it is instead of
# being replaced by itself: the same text, 3× faster on bench pages.
INLINE_SPACE_TO_SQUEEZE = re.compile(f"[{INLINE_SPACES}](?:[{INLINE_SPACES}]+|(?<=[{INLINE_SPACES[1:]}]))")
# Terminal colour codes ("\x1b[31m") go whole, not just their ESC; then every C0 control but
# tab/newline/CR, and DEL. They turn up inside words and sentences, so they are removed, not
# replaced by spaces or breaks.
ANSI_ESCAPE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
DOS_EOF = "\x1a"  # Ctrl-Z that old DOS/Windows editors write at the end of a file
PINYIN_SYLLABLE_CHARS = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
TONE_MARKS = re.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]")
# A gloss follows a Han character: 會(huì), 總工會(zǒnggōnghuì), 近日（rì）. The bracket leads and the Han
# character before it is looked back at from there, so the engine skips from bracket to bracket
# (a look-behind in front is tried at every character: 3.5× slower on bench pages).
PINYIN_GLOSS = re.compile(rf"[(（](?<=[\u4e00-\u9fff][(（])([{PINYIN_SYLLABLE_CHARS} ]{{1,40}})[)）]")


def strip_controls(text: str) -> tuple[str, int]:
    """Text in → (text without control characters and colour codes, number removed) out; a final Ctrl-Z is not counted."""
    if text.endswith(DOS_EOF):
        text = text[:-1]
    text, escapes = ANSI_ESCAPE.subn("", text)
    text, controls = CONTROL.subn("", text)
    return text, escapes + controls


def fold_width(text: str) -> str:
    """Text in → text with full-width letters/digits and U+3000 folded to ASCII out."""
    text = text.replace("\u3000", " ")  # the indent of most pages: a C replace
    return text.translate(FULLWIDTH_FOLD) if FULLWIDTH_ALNUM.search(text) else text


def normalize_whitespace(text: str) -> str:
    """Text in → text with unified newlines, no invisible characters, single inline spaces, stripped lines out."""
    text = INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    # one substitution over the page (INLINE_SPACE holds no newline), then each line stripped
    return "\n".join([line.strip() for line in INLINE_SPACE_TO_SQUEEZE.sub(" ", text).split("\n")])


def strip_pinyin_glosses(text: str) -> tuple[str, int]:
    """Text in → (text without mirror-site pinyin glosses like 會(huì), number removed) out."""
    count = 0

    def drop(match: re.Match) -> str:
        nonlocal count
        if not TONE_MARKS.search(match.group(1)):
            return match.group(0)  # toneless lowercase in brackets is more likely real text
        count += 1
        return ""

    return PINYIN_GLOSS.sub(drop, text), count


def normalize_text(text: str) -> tuple[str, list[str]]:
    """Decoded text in → (normalised text, quality flags) out."""
    text, controls = strip_controls(text)
    text, glosses = strip_pinyin_glosses(normalize_whitespace(fold_width(text)))
    return text, (["control_characters"] if controls else []) + (["pinyin_glosses"] if glosses else [])
