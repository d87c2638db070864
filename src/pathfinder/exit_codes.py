"""The command line's exit codes, shared by its commands (docs/bad-input.md lists them)."""

EXIT_OK = 0  # done
EXIT_INVALID = 1  # `validate`: the pack has problems
EXIT_USAGE = 2  # bad input: arguments, files that cannot be read or written, an invalid pack
EXIT_NO_PATH = 3  # `plan`: no path to the target within --max-steps
EXIT_WARNINGS = 4  # `validate --strict`: the packs are valid but have quality warnings
