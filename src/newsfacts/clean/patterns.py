"""Patterns of scraped news text: credits, bylines, date lines and boilerplate, as data.

Collected from the styles news sites produce (wire copy, tabloids, live blogs, broadsheets).
Each boilerplate pattern carries the SPEC.md `removed.reason` it maps to and a short detail.
"""

from __future__ import annotations

import re

# Agencies and picture desks that appear as photo credits.
AGENCIES = (
    "AP",
    "AFP",
    "Reuters",
    "Getty Images",
    "Getty",
    "EPA",
    "PA",
    "PA Wire",
    "PA Media",
    "Shutterstock",
    "Alamy",
    "Bloomberg",
    "Xinhua",
    "Yonhap",
    "EPA-EFE",
    "ANSA",
    "dpa",
    "Kyodo",
    "SIPA",
    "Rex Features",
    "REX",
    "NurPhoto",
    "Anadolu",
    "SWNS",
    "Newsquest",
)
_AGENCY_ALT = "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True))

# A credit at the end of a caption line: "… Credit: AP", "… (Image: PA)", "… Photo: X/Getty".
CREDIT_TAIL = re.compile(
    r"""\s*(?:
        [(\[]\s*(?P<paren_label>Image|Photo|Picture|Pic|Photograph|Credit|Source|Video)s?
            \s*:\s*(?P<paren>[^()\[\]]{1,80})[)\]]
      | (?P<label>Credit|Credits|Photo|Photograph|Picture|Pic|Image|Source|Illustration|Video)s?
            \s*:\s*(?P<credit>[^:]{1,80}?)
      | ©\s*(?P<copy>[^©]{1,80}?)
      | (?P<slash>(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*/(?:"""
    + _AGENCY_ALT
    + r"""))
    )\s*$""",
    re.VERBOSE,
)

# A whole line that is only a credit: "© Reuters", "Photo: Jane Doe/Getty Images", "Credit: AP".
CREDIT_LINE = re.compile(
    r"""^\s*(?:
        (?:Credit|Credits|Photo|Photograph|Picture|Pic|Image|Source|Illustration)s?\s*:\s*\S.{0,80}
      | \(\s*(?:Image|Photo|Picture|Credit)s?\s*:\s*[^()]{1,80}\)
      | ©\s*\S.{0,80}
      | (?:Photo|Picture|Image)s?\s+(?:by|courtesy\s+of)\s+\S.{0,80}
      | (?:"""
    + _AGENCY_ALT
    + r""")
      | [A-Z][\w.'’ -]{0,40}/(?:"""
    + _AGENCY_ALT
    + r""")
    )\s*$""",
    re.VERBOSE,
)

# Byline lines near the top of an article.
BYLINE_BY = re.compile(r"^\s*(?:By|BY|Words by|Written by|Story by)\s+(?P<names>\S.{1,150})$")
_NAME = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}"
BYLINE_PIPE = re.compile(
    r"^\s*(?P<name>" + _NAME + r"(?:\s*(?:,|\band\b|&)\s*" + _NAME + r")*)\s*\|\s*\S.{0,80}$"
)
ROLE_WORDS = (
    "Correspondent",
    "Reporter",
    "Editor",
    "Writer",
    "Columnist",
    "Staff Writer",
    "Contributor",
    "Journalist",
    "Bureau Chief",
    "Analyst",
    "Producer",
    "Staff",
)
_ROLE_ALT = "|".join(re.escape(r) for r in ROLE_WORDS)
BYLINE_ROLE = re.compile(
    r"^\s*(?:By\s+)?(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}),\s*(?:[\w-]+\s+){0,3}"
    r"(?:" + _ROLE_ALT + r")\b.{0,60}$",
    re.IGNORECASE,
)
# Name separators inside a byline: "By A, B and C".
BYLINE_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*")
# Trailing role/outlet after the names: "By Lee Park, Science Correspondent".
BYLINE_ROLE_TAIL = re.compile(r",\s*(?:[\w-]+\s+){0,3}(?:" + _ROLE_ALT + r")\b.*$", re.IGNORECASE)

# Publication-date lines: "Published: 12 May 2022", "Updated 3 June 2023 10:15 BST", "Posted on …".
DATE_LINE = re.compile(
    r"^\s*(?:(?P<label>Published|Updated|Last updated|Posted|First published|Date|Modified)"
    r"(?:\s+(?:on|at))?\s*:?\s*)?(?P<date>.{6,80})$",
    re.IGNORECASE,
)
MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
HAS_DATE = re.compile(
    r"\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s?/\s?\d{1,2}\s?/\s?\d{2,4}|(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:"
    + MONTHS
    + r")\.?,?\s+\d{4})|(?:(?:"
    + MONTHS
    + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}))\b",
    re.IGNORECASE,
)

# Dateline at the start of a wire story: "LISBON (Reuters) -", "SEOUL, South Korea (AP) —".
DATELINE = re.compile(
    r"^(?P<dateline>[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][\w .'’-]{1,40})?\s*"
    r"(?:\((?:" + _AGENCY_ALT + r"|[A-Z][\w ]{1,30})\))?)\s*[-–—]{1,2}\s+(?=\S)"
)

# Whole-line boilerplate: (pattern, reason, detail). Matched against the stripped line.
_B = re.IGNORECASE
BOILERPLATE: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (
        re.compile(r"^(?:license|licence|republish|reprint)s?\b.{0,40}(?<![.!?])$", _B),
        "license",
        "licensing",
    ),
    (re.compile(r"^reprints?\s*(?:&|and)\s*permissions$", _B), "license", "licensing"),
    (
        re.compile(r"^(?:all rights reserved|copyright\s+(?:©\s*)?\d{4}.{0,80})\.?$", _B),
        "license",
        "copyright notice",
    ),
    (re.compile(r"^share (?:this|on|via|the)\b.{0,40}$|^share$", _B), "share", "share prompt"),
    (
        re.compile(
            r"^(?:tweet|email|e-mail|copy link|print|whatsapp|facebook|twitter|linkedin|"
            r"pinterest|reddit|flipboard)$",
            _B,
        ),
        "share",
        "share button",
    ),
    (
        re.compile(r"^\d+(?:[.,]\d+)?\s*[km]?\s*(?:shares?|comments?|views?|likes?)$", _B),
        "share",
        "share count",
    ),
    (re.compile(r"^(?:follow|like) (?:us|me|\w+) on\b.{0,60}$", _B), "share", "social prompt"),
    (
        re.compile(
            r"^(?:read more|read next|see also|related|recommended|most read|most popular|"
            r"trending|top stories|watch|listen|more|latest)\s*[:|»>\-–—]\s*.{0,150}$",
            _B,
        ),
        "navigation",
        "link to other pages",
    ),
    (
        re.compile(
            r"^(?:read more|read next|related|related articles|related stories|"
            r"related content|more from .{1,40}|more on (?:this|these) stor(?:y|ies)|most read|"
            r"most popular|top stories|you may also like|recommended(?: for you)?)$",
            _B,
        ),
        "navigation",
        "link to other pages",
    ),
    (
        re.compile(
            r"^(?:show|load|see|view)\s+(?:the\s+)?(?:latest|more|all|new|older|newer)"
            r"(?:\s+(?:updates|posts|entries|comments|stories|articles))?$",
            _B,
        ),
        "navigation",
        "live-page navigation",
    ),
    (
        re.compile(
            r"^(?:skip to (?:main )?content|back to top|home|menu|search|sections|"
            r"next article|previous article|click here.{0,80})$",
            _B,
        ),
        "navigation",
        "site navigation",
    ),
    (
        re.compile(
            r"^(?:sign up|subscribe|get our|join our|register (?:now|here|for|to))\b"
            r".{0,120}$",
            _B,
        ),
        "other",
        "newsletter prompt",
    ),
    (
        re.compile(
            r"^(?=.*\bnewsletters?\b)(?=.*\b(?:sign up|subscribe|inbox|register|get)\b)"
            r".{0,200}$",
            _B,
        ),
        "other",
        "newsletter prompt",
    ),
    (
        re.compile(
            r"^(?:we use cookies|this (?:site|website) uses cookies|accept (?:all )?cookies|"
            r"cookie (?:policy|settings)).{0,200}$",
            _B,
        ),
        "other",
        "cookie prompt",
    ),
    (
        re.compile(
            r"^(?:advertisement|advertising|sponsored( content)?|ad|story continues below"
            r"(?: advertisement)?|anzeige|werbung|publicité|publicidad|pubblicità|reklame)$",
            _B,
        ),
        "other",
        "advertisement",
    ),
    (
        # Placeholders of embeds a reader's consent settings blocked, in several languages.
        re.compile(
            r"^(?:(?:empfohlener\s+)?externer inhalt|external content|contenu externe|"
            r"contenido externo|contenuto esterno)\b.{0,80}$"
            r"|^(?:deine|ihre|your|vos|tus|sus)\s+(?:privatsphäre|datenschutz|privacy|cookie)"
            r"[\w-]*\s?(?:einstellungen|settings|paramètres).{0,300}$",
            _B,
        ),
        "other",
        "blocked embed",
    ),
    (
        re.compile(
            r"^(?:reporting by|additional reporting by|editing by|writing by|compiled by)\b"
            r".{0,200}$",
            _B,
        ),
        "credit",
        "wire staff credits",
    ),
)
