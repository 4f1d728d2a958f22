"""`python -m drafting`: the command line."""

import sys

from drafting.cli import main

sys.exit(main())
