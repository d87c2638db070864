"""Role details and the side-by-side comparison of two roles."""
