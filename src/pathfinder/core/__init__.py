"""Pure domain: the career catalog, the learner's profile and the planner. No Qt, no files, no clocks."""
