"""`python -m reslint`: the command line."""

from reslint.cli import main

main()
