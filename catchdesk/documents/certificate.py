"""The certificate of attendance on A4 paper: what the organiser hands out, and what a third party
checks.

The page reads top to bottom like a formal document: the event's logo (or its organiser's name
set as a letterhead), the title, who certifies what, the participant's name as the largest
text, the event, the organiser's own words, the sessions attended with their times and the
total, the signature; then a separate band for whoever must check it (QR code, the same code in
letters, the key fingerprint, the command). Everything is drawn from the certificate's stored
content, so a certificate printed again years later says exactly what it said the first time.

Speed matters (a thousand certificates in a few seconds): fonts are registered and images read
once per renderer, and the QR symbol is computed by zxing-cpp's C++ encoder and drawn as one path
of row runs, because a 330-letter code takes the pure-Python encoder 13 ms.
"""

from __future__ import annotations

from typing import Any

from reportlab.graphics import renderPDF
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from catchdesk.documents.certificate_layout import (
    CODE_SIZE,
    GOLD,
    INK,
    LIGHT,
    MARGIN,
    MEASURE,
    MUTED,
    NAVY,
    PAGE_H,
    PAGE_W,
    QR_SIZE,
    RULE,
    WHITE,
    CertificateLook,
    CertificatePage,
    code_lines,
    fitted,
    lines_of,
    load_image,
    paragraph,
    width_of,
)
from catchdesk.documents.certificate_qr import draw_code_qr
from catchdesk.documents.certificate_sessions import draw_sessions, fit_sessions, session_rows
from catchdesk.documents.certificate_texts import date_range, duration, text
from catchdesk.documents.fonts import BOLD, REGULAR, register_fonts, shape
from catchdesk.documents.qr import qr_widget_drawing

__all__ = ["CertificateLook", "CertificatePage", "CertificateRenderer"]


class CertificateRenderer:
    """Draws certificates of one event; ``qr="widget"`` uses reportlab's QR widget instead."""

    def __init__(self, look: CertificateLook, *, qr: str = "fast") -> None:
        register_fonts()
        self.look = look
        self.qr = qr
        self.logo = load_image(look.logo_data or look.logo_path)
        self.signature = load_image(look.signature_data or look.signature_path)
        self._ends: dict[tuple[Any, ...], float] = {}

    # -- the page --------------------------------------------------------------------------

    def draw(self, canvas: Canvas, page: CertificatePage) -> None:
        """One certificate on the current page.

        The bottom (verification band, signature) is fixed; the sessions fill what the top
        leaves. When a logo, a long paragraph and a long day do not fit at reading size, the
        top's spacing is tightened before the sessions' type gets smaller.
        """
        content, lang = page.content, page.language
        self._frame(canvas)
        bottom = self._verification(canvas, page, 16 * mm)
        floor = self._signature(canvas, bottom + 9 * mm, lang) + 5 * mm
        wanted = self._programme(MEASURE, content, lang, PAGE_H, 0.0)
        for gap in (1.0, 0.85, 0.7, 0.55):
            if self._top_end(content, lang, gap) - wanted >= floor:
                break
        y = self._top(canvas, content, lang, gap)
        self._programme(canvas, content, lang, y, floor)

    def _top_end(self, content: dict[str, Any], lang: str, gap: float) -> float:
        """Where the top would end, measured once per event, language and shape of the name."""
        event = content["event"]
        name = fitted(content["participant"]["full_name"], BOLD, PAGE_W - 2 * MARGIN, 32, 18, 2)
        key = (lang, gap, len(name.lines), name.size, *(str(v) for v in event.values()))
        if key not in self._ends:
            self._ends[key] = self._top(MEASURE, content, lang, gap)
        return self._ends[key]

    def _top(self, canvas: Canvas, content: dict[str, Any], lang: str, gap: float) -> float:
        """Letterhead, title and who-attended-what; returns where the sessions may start."""
        y = self._letterhead(canvas, content, PAGE_H - 22 * mm, gap)
        y = self._title(canvas, content, lang, y, gap)
        return self._who(canvas, content, lang, y, gap)

    def _frame(self, canvas: Canvas) -> None:
        canvas.setStrokeColor(NAVY)
        canvas.setLineWidth(1.4)
        canvas.rect(9 * mm, 9 * mm, PAGE_W - 18 * mm, PAGE_H - 18 * mm, stroke=1, fill=0)
        canvas.setStrokeColor(GOLD)
        canvas.setLineWidth(0.5)
        canvas.rect(11 * mm, 11 * mm, PAGE_W - 22 * mm, PAGE_H - 22 * mm, stroke=1, fill=0)

    def _letterhead(self, canvas: Canvas, content: dict[str, Any], y: float, gap: float) -> float:
        """The logo, centred, or the organiser's name spaced out in capitals."""
        if self.logo is not None:
            width, height = self.logo.getSize()
            scale = min(60 * mm / width, 18 * mm / height)
            w, h = width * scale, height * scale
            canvas.drawImage(
                self.logo, (PAGE_W - w) / 2, y - h, w, h, mask="auto", preserveAspectRatio=True
            )
            return y - h - 10 * mm * gap
        organiser = (content["event"]["organiser"] or content["event"]["name"]).upper()
        spacing = 1.6 if len(organiser) < 60 else 0.4  # letter-spaced capitals, less if long
        room = PAGE_W - 2 * MARGIN - spacing * max(0, len(organiser) - 1)
        head = fitted(organiser, BOLD, room, 10, 7)
        canvas.setFillColor(GOLD)
        canvas.setFont(BOLD, head.size)
        line = head.lines[0] if head.lines else ""
        width = width_of(line, BOLD, head.size) + spacing * max(0, len(line) - 1)
        letters = canvas.beginText((PAGE_W - width) / 2, y - head.size)
        letters.setFont(BOLD, head.size)
        letters.setCharSpace(spacing)
        letters.textOut(shape(line))
        letters.setCharSpace(0)  # the spacing is graphics state: it would outlive the text
        canvas.drawText(letters)
        self._ornament(canvas, y - head.size - 5 * mm, 18 * mm)
        return y - head.size - 8 * mm - 8 * mm * gap

    def _ornament(self, canvas: Canvas, y: float, half: float) -> None:
        """A thin gold rule with a small diamond in the middle."""
        centre = PAGE_W / 2
        canvas.setStrokeColor(GOLD)
        canvas.setLineWidth(0.6)
        canvas.line(centre - half, y, centre - 3 * mm, y)
        canvas.line(centre + 3 * mm, y, centre + half, y)
        path = canvas.beginPath()
        path.moveTo(centre, y + 1.4 * mm)
        path.lineTo(centre + 1.4 * mm, y)
        path.lineTo(centre, y - 1.4 * mm)
        path.lineTo(centre - 1.4 * mm, y)
        path.close()
        canvas.setFillColor(GOLD)
        canvas.drawPath(path, stroke=0, fill=1)

    def _title(
        self, canvas: Canvas, content: dict[str, Any], lang: str, y: float, gap: float
    ) -> float:
        title = text("title", lang)
        canvas.setFillColor(NAVY)
        size = fitted(title, REGULAR, PAGE_W - 2 * MARGIN, 30, 18).size
        canvas.setFont(REGULAR, size)
        canvas.drawCentredString(PAGE_W / 2, y - size, title)
        serial = text("serial", lang, serial=content["serial"])
        if content.get("version", 1) > 1:
            serial += " · " + text("version", lang, version=content["version"])
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, 8.5)
        canvas.drawCentredString(PAGE_W / 2, y - size - 7 * mm, serial)
        return y - size - 8 * mm - 12 * mm * gap

    def _centred(
        self, canvas: Canvas, line: str, font: str, size: float, y: float, colour: Any
    ) -> None:
        shaped = shape(line)
        canvas.setFillColor(colour)
        canvas.setFont(font, size)
        canvas.drawString((PAGE_W - width_of(shaped, font, size)) / 2, y, shaped)

    def _who(
        self, canvas: Canvas, content: dict[str, Any], lang: str, y: float, gap: float
    ) -> float:
        """Organiser certifies that NAME attended EVENT, on DATE at VENUE; then their words."""
        event = content["event"]
        width = PAGE_W - 2 * MARGIN
        if event["organiser"]:
            lead = text("certifies", lang, organiser=event["organiser"])
        else:
            lead = text("certifies.anonymous", lang)
        for line in lines_of(lead, REGULAR, 12, width):
            self._centred(canvas, line, REGULAR, 12, y, MUTED)
            y -= 15
        name = fitted(content["participant"]["full_name"], BOLD, width, 32, 18, 2)
        y -= 8 * mm * gap
        for line in name.lines:
            self._centred(canvas, line, BOLD, name.size, y - name.size * 0.2, INK)
            y -= name.leading
        y -= 4 * mm * gap
        self._centred(canvas, text("attended", lang), REGULAR, 12, y, MUTED)
        y -= 6 * mm + 4 * mm * gap
        title = fitted(event["name"], BOLD, width, 17, 12, max_lines=2)
        for line in title.lines:
            self._centred(canvas, line, BOLD, title.size, y, NAVY)
            y -= title.leading
        y -= 1.5 * mm
        details = date_range(event["dates"], lang)
        if event["venue"]:
            details += " · " + event["venue"]
        for line in lines_of(details, REGULAR, 10.5, width)[:2]:
            self._centred(canvas, line, REGULAR, 10.5, y, INK)
            y -= 13.5
        own = self.look.certificate_text.get(lang) or text("default_text", lang)
        y -= 5 * mm * gap
        for line in lines_of(own, REGULAR, 9.5, width - 16 * mm)[:4]:
            self._centred(canvas, line, REGULAR, 9.5, y, MUTED)
            y -= 13
        return y - 6 * mm * gap

    # -- sessions, total -------------------------------------------------------------------

    def _programme(
        self, canvas: Canvas, content: dict[str, Any], lang: str, top: float, floor: float
    ) -> float:
        """Sessions with their times, then the total, centred in the space left.

        Returns the height it needs (at reading size when there is room). A long day first
        gets smaller type, then one line per session; only a day that still does not fit
        ends with "… and N more sessions" (the code still certifies all of them).
        """
        sections = session_rows(content, lang)
        left, right = MARGIN + 8 * mm, PAGE_W - MARGIN - 8 * mm
        total_row = 22.0
        fit = fit_sessions(sections, left, right, top - floor - total_row, lang)
        height = draw_sessions(MEASURE, fit, left, right, top, lang)
        top -= max(0.0, (top - floor - height - total_row) / 2)
        draw_sessions(canvas, fit, left, right, top, lang)
        top -= height
        total = content["total_minutes"]
        label = text("total", lang) if total else text("presence", lang)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(left, top, right, top)
        canvas.setFillColor(NAVY)
        canvas.setFont(BOLD, 11)
        canvas.drawString(left, top - 16, label)
        if total:
            canvas.drawRightString(right, top - 16, duration(total, lang))
        return height + total_row

    # -- signature and verification ---------------------------------------------------------

    def _signature(self, canvas: Canvas, bottom: float, lang: str) -> float:
        """Signature image over a rule, the signatory's name and role under it, centred.

        Without a signature image the space above the rule is left for a hand signature.
        Returns the top of the block.
        """
        look = self.look
        centre = PAGE_W / 2
        y = bottom
        role = look.role_in(lang)
        if role:
            canvas.setFillColor(MUTED)
            canvas.setFont(REGULAR, 9)
            canvas.drawCentredString(centre, y, shape(role))
            y += 12.5
        if look.signatory_name:
            canvas.setFillColor(INK)
            canvas.setFont(BOLD, 10.5)
            canvas.drawCentredString(centre, y, shape(look.signatory_name))
            y += 14
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(centre - 30 * mm, y, centre + 30 * mm, y)
        y += 1.5 * mm
        if self.signature is None:
            return y + 10 * mm
        iw, ih = self.signature.getSize()
        scale = min(55 * mm / iw, 18 * mm / ih)
        w, h = iw * scale, ih * scale
        canvas.drawImage(self.signature, centre - w / 2, y, w, h, mask="auto")
        return y + h

    def _verification(self, canvas: Canvas, page: CertificatePage, bottom: float) -> float:
        """The band for whoever checks: QR, the code in letters, fingerprint; returns its top."""
        lang = page.language
        pad = 5 * mm
        left, right = MARGIN - 6 * mm, PAGE_W - MARGIN + 6 * mm
        qr_x = right - pad - QR_SIZE
        text_left, text_right = left + pad, qr_x - 6 * mm
        width = text_right - text_left
        letters = code_lines(page.code, width, CODE_SIZE)
        how_lines = lines_of(text("verify.how", lang), REGULAR, 8, width)
        inner = 9.5 + 5 + len(how_lines) * 10.5 + 14 + 14 + len(letters) * 9.6
        height = max(QR_SIZE, inner) + 2 * pad
        canvas.setFillColor(LIGHT)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.roundRect(left, bottom, right - left, height, 2.5 * mm, stroke=1, fill=1)
        top = bottom + height - pad
        canvas.setFillColor(WHITE)
        canvas.rect(qr_x, top - QR_SIZE, QR_SIZE, QR_SIZE, stroke=0, fill=1)
        if self.qr == "widget":
            renderPDF.draw(qr_widget_drawing(page.code, QR_SIZE), canvas, qr_x, top - QR_SIZE)
        else:
            draw_code_qr(canvas, page.code, qr_x, top - QR_SIZE, QR_SIZE, INK)
        y = top - 9
        canvas.setFillColor(NAVY)
        canvas.setFont(BOLD, 9.5)
        canvas.drawString(text_left, y, text("verify.title", lang))
        y = paragraph(canvas, how_lines, text_left, y - 14.5, REGULAR, 8, 10.5, MUTED) - 4
        label = text("fingerprint", lang).upper()
        canvas.setFillColor(GOLD)
        canvas.setFont(BOLD, 7)
        canvas.drawString(text_left, y, label)
        canvas.setFillColor(INK)
        canvas.setFont(BOLD, 8)
        value_x = text_left + width_of(label, BOLD, 7) + 2.5 * mm
        canvas.drawString(value_x, y, page.content["key_fingerprint"])
        y -= 14
        canvas.setFillColor(GOLD)
        canvas.setFont(BOLD, 7)
        canvas.drawString(text_left, y, text("code", lang).upper())
        paragraph(canvas, letters, text_left, y - 10, REGULAR, CODE_SIZE, 9.6, INK)
        return bottom + height
