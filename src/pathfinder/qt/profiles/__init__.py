"""Learner profiles in the window: keeping them saved, switching, the Learner dock and notes."""
