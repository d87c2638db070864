"""The Plan dock, the Route view, and the plan on paper (export, print, PDF)."""
