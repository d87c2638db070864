"""The frozen program's entry point: the same `main` the `pathfinder` command runs."""

import sys

from pathfinder.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
