"""The text layer: vocabulary and patterns for reading resume text, in every language supported.

It owns what a piece of text *is*, independent of where it stands on the page: dates and date
ranges (``dates``), contact details such as emails, phones and profile URLs (``contact``), section
heading titles (``headings``) and the pieces a line splits into (``pieces``). The word lists live
as data in ``data/``. Readers, ``structure`` and kinds may use it; it imports nothing above
``reslint.model``.
"""
