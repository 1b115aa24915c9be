"""The PDF extractors reslint reads with, named once for the PDF reader, the config and the CLI.

Its own module, as `severity` is: the CLI lists these choices when it starts, before it
has imported anything that reads files.
"""

PDF_ENGINES = ("pdfium", "pdfplumber")
