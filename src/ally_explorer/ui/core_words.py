"""The words core/ defines that the interface shows, translated at display time.

core/ never imports Qt, so its labels ("Confirmed", "Ally", "key figure", "Date") are listed
here for ``pyside6-lupdate`` (the block between the markers is generated:
``python -m ally_explorer.ui.core_words`` rewrites it; a test fails when it is out of date).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ..core import vocab as _vocab


def stance_label(stance: str | None, default: str = "—") -> str:
    return QCoreApplication.translate("vocab", _vocab.STANCE_LABELS[stance]) if stance in _vocab.STANCE_LABELS else (stance or default)


def stance_meaning(stance: str) -> str:
    return QCoreApplication.translate("vocab", _vocab.STANCE_MEANINGS.get(stance, ""))


def confidence_label(confidence: str) -> str:
    text = _vocab.CONFIDENCE_LABELS.get(confidence)
    return QCoreApplication.translate("vocab", text) if text else confidence


def confidence_meaning(confidence: str) -> str:
    return QCoreApplication.translate("vocab", _vocab.CONFIDENCE_MEANINGS.get(confidence, ""))


def category_label(category: str) -> str:
    """"Military", "Economic" ... (the stored value is lower case)."""
    return QCoreApplication.translate("vocab", category.capitalize()) if category else ""


def entity_word(text: str) -> str:
    """An entity's name ("key figure", "key figures") or a field's label or help."""
    return QCoreApplication.translate("entities", text) if text else text


def generated() -> list[str]:
    """The catalogue's lines, from core/ as it is now."""
    from ..core.entities import ENTITIES

    lines: list[tuple[str, str]] = []
    for table in (_vocab.STANCE_LABELS, _vocab.STANCE_MEANINGS, _vocab.CONFIDENCE_LABELS, _vocab.CONFIDENCE_MEANINGS):
        lines += [("vocab", text) for text in table.values()]
    lines += [("vocab", c.capitalize()) for c in _vocab.CATEGORIES]
    for entity in ENTITIES.values():
        lines += [("entities", entity.label), ("entities", entity.plural)]
        for field in entity.fields:
            lines.append(("entities", field.label))
            if field.help:
                lines.append(("entities", field.help))
    seen, out = set(), []
    for context, text in lines:
        if (context, text) not in seen:
            seen.add((context, text))
            out.append(f"    QT_TRANSLATE_NOOP({context!r}, {text!r})")
    return out


BEGIN, END = "    # -- generated: begin --", "    # -- generated: end --"


def _catalogue() -> None:  # never called: lupdate reads it
    from ..core.i18n import QT_TRANSLATE_NOOP
    # -- generated: begin --
    QT_TRANSLATE_NOOP('vocab', 'Ally')
    QT_TRANSLATE_NOOP('vocab', 'Partner')
    QT_TRANSLATE_NOOP('vocab', 'Russia-friendly')
    QT_TRANSLATE_NOOP('vocab', 'Balancer')
    QT_TRANSLATE_NOOP('vocab', 'Drifting away')
    QT_TRANSLATE_NOOP('vocab', 'Supports Ukraine')
    QT_TRANSLATE_NOOP('vocab', "Mutual-defence pact or union with Russia, its own troops or territory in Russia's war, or a client regime.")
    QT_TRANSLATE_NOOP('vocab', 'Strategic partner: substantial material, military or economic support, without a pact, troops or territory.')
    QT_TRANSLATE_NOOP('vocab', 'Politically sympathetic: shields Russia inside Western institutions.')
    QT_TRANSLATE_NOOP('vocab', 'Keeps working ties with both sides; trades with Russia but does not back the war.')
    QT_TRANSLATE_NOOP('vocab', 'A former close partner now moving away from Moscow.')
    QT_TRANSLATE_NOOP('vocab', "Supports Ukraine or acts against Russia's war.")
    QT_TRANSLATE_NOOP('vocab', 'Confirmed')
    QT_TRANSLATE_NOOP('vocab', 'Reported')
    QT_TRANSLATE_NOOP('vocab', 'Claimed')
    QT_TRANSLATE_NOOP('vocab', 'Disputed')
    QT_TRANSLATE_NOOP('vocab', 'Stated as fact by the source, or a public act on the record.')
    QT_TRANSLATE_NOOP('vocab', "The source says 'reportedly' or 'according to ...', or gives an expectation with nobody named.")
    QT_TRANSLATE_NOOP('vocab', "One party's own claim.")
    QT_TRANSLATE_NOOP('vocab', 'Sides disagree.')
    QT_TRANSLATE_NOOP('vocab', 'Military')
    QT_TRANSLATE_NOOP('vocab', 'Economic')
    QT_TRANSLATE_NOOP('vocab', 'Energy')
    QT_TRANSLATE_NOOP('vocab', 'Diplomatic')
    QT_TRANSLATE_NOOP('vocab', 'Political')
    QT_TRANSLATE_NOOP('entities', 'country')
    QT_TRANSLATE_NOOP('entities', 'countries')
    QT_TRANSLATE_NOOP('entities', 'ISO code')
    QT_TRANSLATE_NOOP('entities', 'ISO 3166-1 alpha-3, three capital letters, e.g. BLR.')
    QT_TRANSLATE_NOOP('entities', 'Name')
    QT_TRANSLATE_NOOP('entities', 'ISO alpha-2')
    QT_TRANSLATE_NOOP('entities', 'Two capital letters, e.g. BY (for the flag).')
    QT_TRANSLATE_NOOP('entities', 'ISO numeric')
    QT_TRANSLATE_NOOP('entities', 'Three digits, e.g. 112 (for the map).')
    QT_TRANSLATE_NOOP('entities', 'Region')
    QT_TRANSLATE_NOOP('entities', 'Also known as')
    QT_TRANSLATE_NOOP('entities', 'Other names the filter should match, separated by semicolons.')
    QT_TRANSLATE_NOOP('entities', 'Headline')
    QT_TRANSLATE_NOOP('entities', 'Summary')
    QT_TRANSLATE_NOOP('entities', 'Profiled ally')
    QT_TRANSLATE_NOOP('entities', 'person')
    QT_TRANSLATE_NOOP('entities', 'people')
    QT_TRANSLATE_NOOP('entities', 'Key')
    QT_TRANSLATE_NOOP('entities', 'Short lower-case key, e.g. “zelensky”; made from the name if left empty.')
    QT_TRANSLATE_NOOP('entities', 'Role')
    QT_TRANSLATE_NOOP('entities', 'Country')
    QT_TRANSLATE_NOOP('entities', "Editor's note")
    QT_TRANSLATE_NOOP('entities', 'source')
    QT_TRANSLATE_NOOP('entities', 'sources')
    QT_TRANSLATE_NOOP('entities', 'Short lower-case key, e.g. “article”; made from the title if left empty.')
    QT_TRANSLATE_NOOP('entities', 'Title')
    QT_TRANSLATE_NOOP('entities', 'Publisher')
    QT_TRANSLATE_NOOP('entities', 'Published')
    QT_TRANSLATE_NOOP('entities', 'URL')
    QT_TRANSLATE_NOOP('entities', 'Author')
    QT_TRANSLATE_NOOP('entities', 'Licence note')
    QT_TRANSLATE_NOOP('entities', 'Who owns the text and on what terms it is kept here.')
    QT_TRANSLATE_NOOP('entities', 'Full text')
    QT_TRANSLATE_NOOP('entities', "The source's text, verbatim: every excerpt citing it must occur in it.")
    QT_TRANSLATE_NOOP('entities', 'event')
    QT_TRANSLATE_NOOP('entities', 'events')
    QT_TRANSLATE_NOOP('entities', 'Date')
    QT_TRANSLATE_NOOP('entities', 'As the source words it: “early 2025”, “June 2024”, “19 June 2024”, “2022–2023”.')
    QT_TRANSLATE_NOOP('entities', 'Category')
    QT_TRANSLATE_NOOP('entities', 'Confidence')
    QT_TRANSLATE_NOOP('entities', 'How sure the source is.')
    QT_TRANSLATE_NOOP('entities', 'Attributed to')
    QT_TRANSLATE_NOOP('entities', 'Who asserts it (needed unless confirmed), e.g. “Ukrainian intelligence”.')
    QT_TRANSLATE_NOOP('entities', 'Countries')
    QT_TRANSLATE_NOOP('entities', 'Every country the event involves; the first is its main one.')
    QT_TRANSLATE_NOOP('entities', 'Importance')
    QT_TRANSLATE_NOOP('entities', '1 minor, 2 notable, 3 headline: decides which labels the timeline shows first.')
    QT_TRANSLATE_NOOP('entities', 'Description')
    QT_TRANSLATE_NOOP('entities', 'Source')
    QT_TRANSLATE_NOOP('entities', 'Source excerpt')
    QT_TRANSLATE_NOOP('entities', "The source's own words backing this entry, verbatim.")
    QT_TRANSLATE_NOOP('entities', 'statement')
    QT_TRANSLATE_NOOP('entities', 'statements')
    QT_TRANSLATE_NOOP('entities', 'Quote')
    QT_TRANSLATE_NOOP('entities', 'Verbatim, without the quotation marks.')
    QT_TRANSLATE_NOOP('entities', 'Speaker')
    QT_TRANSLATE_NOOP('entities', 'About country')
    QT_TRANSLATE_NOOP('entities', "The country the statement is about, not the speaker's.")
    QT_TRANSLATE_NOOP('entities', 'Context')
    QT_TRANSLATE_NOOP('entities', 'alignment period')
    QT_TRANSLATE_NOOP('entities', 'alignment periods')
    QT_TRANSLATE_NOOP('entities', 'Stance')
    QT_TRANSLATE_NOOP('entities', 'Still current')
    QT_TRANSLATE_NOOP('entities', 'The stance still held when the source was written.')
    QT_TRANSLATE_NOOP('entities', 'key figure')
    QT_TRANSLATE_NOOP('entities', 'key figures')
    QT_TRANSLATE_NOOP('entities', 'Label')
    QT_TRANSLATE_NOOP('entities', 'Qualifier')
    QT_TRANSLATE_NOOP('entities', 'Value')
    QT_TRANSLATE_NOOP('entities', 'Up to')
    QT_TRANSLATE_NOOP('entities', 'Upper end of a range, e.g. 30000 in 25,000–30,000.')
    QT_TRANSLATE_NOOP('entities', 'Unit')
    QT_TRANSLATE_NOOP('entities', 'e.g. %, troops, USD billion.')
    # -- generated: end --


def rewrite(path: Path = Path(__file__)) -> bool:
    """Rewrite the generated block; True when it changed."""
    text = path.read_text(encoding="utf-8")
    head, rest = text.split(BEGIN + "\n", 1)
    _, tail = rest.split(END + "\n", 1)
    new = head + BEGIN + "\n" + "".join(line + "\n" for line in generated()) + END + "\n" + tail
    if new != text:
        path.write_text(new, encoding="utf-8")
    return new != text


if __name__ == "__main__":
    sys.exit(0 if not rewrite() or "--check" not in sys.argv else 1)
