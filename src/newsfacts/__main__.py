"""`python -m newsfacts` is the same as the `newsfacts` command."""

from newsfacts.cli import main

main()
