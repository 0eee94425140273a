"""The bundle's entry point: `clienteling`, as the installed console script runs it.

freeze_support() first: training seeds its chain with a second process started by
`spawn`, which in a bundle re-runs this executable with multiprocessing's arguments.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from clienteling.cli import main

    sys.exit(main())
