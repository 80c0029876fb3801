"""Photo captions and their credits.

Scrapers copy a picture's caption twice: once as alt text, once with the credit appended
("A crowd gathers" / "A crowd gathers Credit: AP"). Both copies are one caption; the credit is
split off so the body keeps only the article's own sentences.
"""

from __future__ import annotations

import re

from newsfacts.clean.patterns import AGENCIES, CREDIT_LINE, CREDIT_TAIL

# A caption is a description, not a paragraph: past this length a credited line is body text.
MAX_CAPTION_CHARS = 400
MAX_BRACKET_CREDIT_WORDS = 8
AGENCY_NAMES = frozenset(a.casefold() for a in AGENCIES)
# Fewer words than this is a label or a table cell, not a photo description.
MIN_CAPTION_WORDS = 3
TABLE_ROW = re.compile(r"^\|.*\|$|^[-|: +]+$")
WORD = re.compile(r"[^\W\d_]{2,}")


def split_credit(line: str) -> tuple[str, str] | None:
    """("caption", "credit") when the line ends with a photo credit, else None."""
    match = CREDIT_TAIL.search(line)
    if match is None:
        return None
    caption = line[: match.start()].rstrip(" -–—|,;")
    if not caption or len(caption) > MAX_CAPTION_CHARS:
        return None
    groups = match.groupdict()
    credit = groups["paren"] or groups["credit"] or groups["copy"] or groups["slash"]
    if groups["copy"]:
        credit = "© " + groups["copy"]
    return caption, credit.strip()


def credit_of_line(line: str) -> str | None:
    """The credit when the whole line is a photo credit ("© Reuters", "Photo: X/Getty")."""
    if CREDIT_LINE.match(line) is None:
        return line.strip() if _slash_credit(line) else None
    tail = CREDIT_TAIL.search(" " + line)
    if tail is not None:
        groups = tail.groupdict()
        found = groups["paren"] or groups["credit"] or groups["slash"]
        if groups["copy"]:
            found = "© " + groups["copy"]
        if found:
            return found.strip()
    for prefix in (
        "Photos by",
        "Photo by",
        "Pictures by",
        "Picture by",
        "Images by",
        "Image by",
        "Photo courtesy of",
        "Picture courtesy of",
    ):
        if line.lower().startswith(prefix.lower()):
            return line[len(prefix) :].strip()
    return line.strip()


def _slash_credit(line: str) -> bool:
    """ "NOEL CELIS/AFP via Getty Images", "STR/Getty images": a picture desk's line.

    Short, capitalised, no sentence end, names joined by a slash, and ending in a picture
    desk or "via" one: a heading such as "Israel/Gaza talks" does not qualify.
    """
    words = line.split()
    if not 1 <= len(words) <= MAX_BRACKET_CREDIT_WORDS or line.rstrip()[-1:] in ".!?:":
        return False
    if not line[:1].isupper() or "/" not in line:
        return False
    last = line.rsplit("/", 1)[1].strip().casefold()
    return " via " in f" {last} " or last in AGENCY_NAMES


def is_repeat_with_credit(first: str, second: str) -> str | None:
    """The credit when `second` is `first` followed by a credit (the scraped caption pair)."""
    if not second.startswith(first) or second == first:
        return None
    split = split_credit(second)
    if split is None:
        return None
    caption, credit = split
    return credit if caption.rstrip() == first.rstrip(" -–—|,;") else None


def looks_like_caption(line: str) -> bool:
    """A short descriptive line of words: no closing sentence punctuation, not a table row."""
    stripped = line.rstrip()
    if TABLE_ROW.match(stripped) or len(WORD.findall(stripped)) < MIN_CAPTION_WORDS:
        return False
    return len(stripped) <= MAX_CAPTION_CHARS and not stripped.endswith((".", "?", "!", '"', "”"))


# Words that introduce a picture credit, in the languages news sites are written in:
# "Photo: X", "Foto: X", "Bild: X", "Crédit : X", "Фото: X", "Isithombe: X", "사진: X".
CREDIT_WORDS = (
    r"photo(?:graph)?s?|photography|pictures?|pics?|images?|illustrations?|credits?|"
    r"crédits?|sources?|copyright|fotos?|fotografía|fotografie|fot\.|bild(?:er)?|quelle|"
    r"imagen|immagine|fuente|fonte|kuva|zdjęcie|фото|снимка|isithombe|grafik|사진|写真|画像"
)
# A credit label inside a caption; a colon follows the word (a French space allowed), or
# "by"/"courtesy of" does; a copyright sign needs nothing.
CREDIT_MARK = re.compile(
    rf"(?<![\w-])(?:(?:{CREDIT_WORDS})(?:\s?출처)?\s?[:：=]|(?:photo(?:graph)?|picture|image|foto)s?\s+"
    rf"(?:by|courtesy\s+of|von|de|par)\s|courtesy\s+of\s|cedid[ao]s?\s+por\s|dok\.)\s*|©\s*|[(（][cＣ][)）]\s*",
    re.IGNORECASE,
)
# After a caption's last sentence: "… at dusk. Kim Park/AP", "… Anadolu via Getty Images".
SENTENCE_END = re.compile(r"[.!?…](?:\s+|(?=[A-Z]))")
CREDIT_TAIL_WORDS = re.compile(r"/|\svia\s|^(?:supplied|handout|getty(?: images)?)\.?$", re.I)
# Full-width brackets too: "（潟沼義樹撮影）"; a trailing "taken"/"provided" is no name.
BRACKETED_TAIL = re.compile(r"\s*[(\[（［]\s*(?P<credit>[^()\[\]（）［］]{2,80}?)\s*[)\]）］]\.?$")
PHOTOGRAPHED = re.compile(r"(?:撮影|提供|写す)$")
# A word for photo closing a credit: "J. Rimas / Outlet nuotr.", "Kim Park / fot.".
PHOTO_WORD_END = re.compile(r"(?:^|\s)(?:nuotr|fot|foto|photo|bild|фото)\.?$", re.IGNORECASE)
MAX_CREDIT_WORDS = 12
MAX_TAIL_CREDIT_WORDS = 6
MAX_CAPS_WORDS = 3
MAX_EQUALS_CREDIT_CHARS = 16
CREDIT_EDGE = " -–—|,;:.()[]（）"


def split_caption_credit(text: str) -> tuple[str, str | None]:
    """Split a caption from its credit, in the conventions of many languages.

    "A bridge. Foto: Kim Park/AP" -> ("A bridge.", "Kim Park/AP"); also "… © dpa | Jens Ro",
    "… (Image: Jo Lee via Getty Images)", "… — © AGENCY", "… at dusk. Kim Park/AP",
    "…（潟沼義樹撮影）". The caption is returned unchanged, with no credit, when none is found.
    """
    for split in (_labelled, _bracketed, _spaced_slashes, _tail, _equals):
        if (found := split(text)) is not None:
            caption, credit = found
            credit = PHOTOGRAPHED.sub("", credit.strip(CREDIT_EDGE)).strip(CREDIT_EDGE)
            caption = caption.rstrip(" -–—|,;:(（[")
            if caption and credit:
                return caption, credit
    return text, None


def _labelled(text: str) -> tuple[str, str] | None:
    """The last credit label with a short credit after it."""
    marks = list(CREDIT_MARK.finditer(text))
    for mark in reversed(marks):
        credit = text[mark.end() :].strip()
        if mark.start() == 0 or not credit:
            continue
        if len(credit.split()) <= MAX_CREDIT_WORDS and len(credit) <= MAX_CAPTION_CHARS // 4:
            credit = credit.rstrip(")]）")
            return text[: mark.start()], credit
    return None


def _bracketed(text: str) -> tuple[str, str] | None:
    found = BRACKETED_TAIL.search(text)
    if found is None:
        return None
    credit = found.group("credit")
    inner = CREDIT_MARK.match(credit)
    if inner is None and not (PHOTOGRAPHED.search(credit) or "/" in credit):
        return None  # "(pictured)", "(left)", "(2019)": not a credit
    return text[: found.start()], credit[inner.end() :] if inner else credit


def _tail(text: str) -> tuple[str, str] | None:
    """A short run after the last sentence that names a picture desk ("X/AP", "via Getty")."""
    ends = list(SENTENCE_END.finditer(text))
    if not ends:
        return None
    last = ends[-1]
    credit = text[last.end() :].strip()
    words = credit.split()
    too_long = not words or len(words) > MAX_TAIL_CREDIT_WORDS or credit[-1:] in ".!?"
    if too_long and credit.lower().rstrip(".") not in ("supplied", "handout"):
        return None
    if CREDIT_TAIL_WORDS.search(credit) is None and not _agency_caps(credit):
        return None
    return text[: last.end()].rstrip(), credit


def _spaced_slashes(text: str) -> tuple[str, str] | None:
    """ "Caption / Photographer / Outlet nuotr.": the credit after the first spaced slash,
    when the line ends with a word for photo (Lithuanian "nuotr.", Polish "fot.")."""
    if " / " not in text or PHOTO_WORD_END.search(text) is None:
        return None
    caption, _, credit = text.partition(" / ")
    if len(credit.split()) > MAX_CREDIT_WORDS:
        return None
    return caption, credit


def _agency_caps(credit: str) -> bool:
    """ "AP", "AFP POOL", "BELGA": a short run of capitals after the caption's last sentence."""
    words = credit.split()
    return len(words) <= MAX_CAPS_WORDS and all(len(w) >= 2 and w.isupper() for w in words)


def _equals(text: str) -> tuple[str, str] | None:
    """Japanese papers credit after a full-width equals sign: "…国民（ソウルで）＝ＡＰ"."""
    head, sign, credit = text.rpartition("＝")
    if not sign or not head or len(credit) > MAX_EQUALS_CREDIT_CHARS:
        return None
    if any(c.isdigit() or c in "、。,." for c in credit):
        return None  # "＝13日、東京で": a date and place, part of the caption
    return head, credit
