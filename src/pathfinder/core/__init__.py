"""Pure domain: the career catalog and the planner. No Qt, no files, no clocks."""
