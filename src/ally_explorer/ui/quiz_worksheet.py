"""The quiz as a printed worksheet: the numbered questions (choices and events lettered), then,
starting on a page of its own, the answer key with each answer's citation (source, date and
the passage it cites). Painted like the PDF handout (``ui/export.py``) and written through the
one atomic write path."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter

from ..core import quiz
from ..core.errors import AllyError
from ..core.filters import NO_FILTERS, Filters
from ..db.atomicfile import atomic_write, check_output
from ..db.quizdata import citation, make_questions
from ..db.store import Store
from .i18n import translate
from .export import MUTED, PDF_DPI, TITLE, _document, _mm, _paint_footer, _paint_page, _pdf_writer


def _prompt(q: quiz.Question) -> str:
    return {
        quiz.SPEAKER: translate("Worksheet", "Who said this?"),
        quiz.ORDER: translate("Worksheet", "Put these events in date order, earliest first. Write the letters in order."),
        quiz.COUNTRY: translate("Worksheet", "Which country is this about? (Its names are masked as [country], its people's as [person].)"),
        quiz.CONFIDENCE: translate("Worksheet", "How sure is the source of this?"),
    }[q.kind]


def confidence_label(level: str) -> str:
    """A confidence level's name, translated (the quiz's choices and its answers)."""
    labels = {
        "confirmed": translate("Worksheet", "Confirmed"),
        "reported": translate("Worksheet", "Reported"),
        "claimed": translate("Worksheet", "Claimed"),
        "disputed": translate("Worksheet", "Disputed"),
    }
    return labels.get(level, level)


def choice_label(q: quiz.Question, i: int) -> str:
    """What choice ``i`` reads: a name from the data, or a confidence level in the user's language."""
    choice = q.choices[i]
    return confidence_label(choice.key) if q.kind == quiz.CONFIDENCE else choice.label


def questions_html(questions: list[quiz.Question], *, seed: int, filters: Filters, made: date) -> str:
    esc = html.escape
    heading, name, klass = translate("Worksheet", "Quiz"), translate("Worksheet", "Name:"), translate("Worksheet", "Class:")
    order = translate("Worksheet", "Order:")
    out = [
        f"<h1>{esc(heading)}: {esc(TITLE)}</h1>",
        f"<p style='color:{MUTED};'>" + esc(translate("Worksheet", "Seed {seed} · questions from: {filters} · made {made}").format(
            seed=seed, filters=filters.describe(), made=made.isoformat())) + "</p>",
        f"<p>{esc(name)} ______________________________ &nbsp; {esc(klass)} __________</p>",
    ]
    for n, q in enumerate(questions, start=1):
        out.append(f"<h3>{n}. {esc(_prompt(q))}</h3>")
        if q.text:
            text = f"“{q.text}”" if q.kind == quiz.SPEAKER else q.text
            out.append(f"<p style='font-size:large;'>{esc(text)}</p>")
        if q.hint and q.kind in (quiz.SPEAKER, quiz.COUNTRY):
            hint = translate("Worksheet", "Context: {context}").format(context=q.hint) if q.kind == quiz.SPEAKER else q.hint
            out.append(f"<p style='color:{MUTED};'>{esc(hint)}</p>")
        rows = "".join(f"<tr><td width='28'><b>{quiz.LETTERS[i]}</b></td><td>{esc(choice_label(q, i))}</td></tr>"
                       for i in range(len(q.choices)))
        out.append(f"<table cellspacing='2' cellpadding='2'>{rows}</table>")
        if q.kind == quiz.ORDER:
            out.append(f"<p>{esc(order)} {' '.join(['____'] * len(q.choices))}</p>")
    return "".join(out)


def key_html(store: Store, questions: list[quiz.Question], *, seed: int) -> str:
    esc = html.escape
    heading, seed_line = translate("Worksheet", "Answer key"), translate("Worksheet", "Seed {seed}").format(seed=seed)
    out = [f"<h1>{esc(heading)}</h1>", f"<p style='color:{MUTED};'>{esc(seed_line)}</p>"]
    for n, q in enumerate(questions, start=1):
        if q.kind == quiz.ORDER:
            answer = ", ".join(q.right_letters)
            entries = [(quiz.LETTERS[i] + " ", *q.entries[i]) for i in q.answer]
        else:
            answer = f"{q.right_letters}: {choice_label(q, q.answer[0])}"
            entries = [("", *entry) for entry in q.entries]
        out.append(f"<h3>{n}. {esc(answer)}</h3>")
        for letter, kind, item_id in entries:
            try:
                cited = citation(store, kind, item_id)
            except AllyError:
                continue
            title = f"“{cited.title}”" if cited.kind == "statement" else cited.title
            if cited.speaker:
                title += " — " + cited.speaker
            how = confidence_label(cited.confidence)
            if cited.attribution:
                how += " · " + translate("Worksheet", "who says so: {who}").format(who=cited.attribution)
            line = f"<p><b>{esc(letter + title)}</b> · {esc(cited.date_label)} · {esc(how)}<br>"
            if cited.passage:
                line += f"<i>{esc(quiz.quoted(cited.passage))}</i><br>"
            if cited.source is not None:
                source = cited.source.title + (f", {cited.source.published}" if cited.source.published else "")
                cite = translate("Worksheet", "Source: {source}").format(source=source)
                line += f"<span style='color:{MUTED};'>{esc(cite)}</span>"
            out.append(line + "</p>")
    return "".join(out)


def export_worksheet(store: Store, path: str | Path, *, seed: int, filters: Filters = NO_FILTERS,
                     count: int = quiz.QUIZ_LENGTH) -> int:
    """Write the worksheet PDF (A4); returns its number of pages. The answer key starts on a
    page of its own, so the questions can be printed without it."""
    check_output(Path(path))
    questions = make_questions(store, filters, seed, count)
    if not questions:
        raise ValueError(translate("Worksheet", "no questions: the filters leave too little to ask about"))
    made = date.today()
    portrait = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    page = QRectF(portrait.fullRectPixels(PDF_DPI))
    margins = QMarginsF(_mm(20), _mm(18), _mm(20), _mm(22))
    docs = [_document(questions_html(questions, seed=seed, filters=filters, made=made), page.width(), page.height(), margins),
            _document(key_html(store, questions, seed=seed), page.width(), page.height(), margins)]
    total = sum(d.pageCount() for d in docs)
    footers = [translate("Worksheet", "{title} · quiz, seed {seed} · made {made}"), translate("Worksheet", "{title} · answer key, seed {seed}")]

    data, buffer, writer = _pdf_writer(portrait, translate("Worksheet", "Quiz worksheet, seed {seed}").format(seed=seed))
    painter = QPainter(writer)
    number = 0
    try:
        for doc, footer in zip(docs, footers):
            for i in range(doc.pageCount()):
                if number:
                    writer.newPage()
                number += 1
                _paint_page(painter, doc, i, page)
                _paint_footer(painter, page, margins, number, total,
                              footer.format(title=TITLE, seed=seed, made=made.isoformat()))
    finally:
        painter.end()
    buffer.close()
    atomic_write(path, bytes(data))
    return number


def worksheet_from_cli(store: Store, path: Path, *, seed: int, filters: Filters = NO_FILTERS) -> str:
    """``ally-explorer export --worksheet FILE --seed N``: starts Qt (offscreen) if needed."""
    from .application import make_app

    app = make_app()  # noqa: F841  (kept alive while painting)
    pages = export_worksheet(store, path, seed=seed, filters=filters)
    return f"wrote {path} ({pages} pages)"


__all__ = ["confidence_label", "choice_label", "export_worksheet", "questions_html", "key_html", "worksheet_from_cli"]
