"""`python -m clienteling.cli`."""

import sys

from clienteling.cli import main

sys.exit(main())
